package io.keyspan.spring.actuate;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.spring.KeyspanAutoConfiguration;
import io.keyspan.test.Faults;
import io.keyspan.test.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KeyspanHealthIndicatorTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  KeyspanAutoConfiguration.class, KeyspanHealthAutoConfiguration.class));

  @Test
  void anAnsweringEngine_isUp() {
    runner.run(
        context ->
            assertThat(context.getBean(KeyspanHealthIndicator.class).health().getStatus())
                .isEqualTo(Status.UP));
  }

  @Test
  void anEngineThatFails_isDownWithTheError() {
    Faults faults = Faults.create();
    faults.on(Operation.LIST_TABLES).internalServerError();
    Keyspan memory = Keyspan.inMemory();
    runner
        .withBean(Engine.class, () -> faults.wrap(memory.engine()))
        .run(
            context -> {
              var health = context.getBean(KeyspanHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails().get("error").toString())
                  .contains("InternalServerError");
            });
    memory.close();
  }

  @Test
  void turnedOff_noIndicator() {
    runner
        .withPropertyValues("management.health.keyspan.enabled=false")
        .run(context -> assertThat(context.getBeansOfType(KeyspanHealthIndicator.class)).isEmpty());
  }
}
