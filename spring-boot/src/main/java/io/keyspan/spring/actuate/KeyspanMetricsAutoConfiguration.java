package io.keyspan.spring.actuate;

import io.keyspan.spring.EngineDecorator;
import io.keyspan.spring.KeyspanAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Meters the auto-configured {@code Keyspan} bean's engine when Micrometer has a registry:
 * {@code keyspan.requests} (a timer: count and latency by operation, table and outcome) and
 * {@code keyspan.consumed.capacity} (capacity units by operation and table).
 */
@AutoConfiguration(
    after = {MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class},
    before = KeyspanAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class KeyspanMetricsAutoConfiguration {

  @Bean
  EngineDecorator keyspanMetrics(MeterRegistry registry) {
    return engine -> new MicrometerEngine(engine, registry);
  }
}
