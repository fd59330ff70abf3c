package io.keyspan.spring.actuate;

import io.keyspan.Keyspan;
import io.keyspan.spring.KeyspanAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code keyspan} health indicator, with Actuator; off with {@code
 * management.health.keyspan.enabled=false}.
 */
@AutoConfiguration(after = KeyspanAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Keyspan.class)
@ConditionalOnEnabledHealthIndicator("keyspan")
public class KeyspanHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "keyspanHealthIndicator")
  KeyspanHealthIndicator keyspanHealthIndicator(Keyspan keyspan) {
    return new KeyspanHealthIndicator(keyspan);
  }
}
