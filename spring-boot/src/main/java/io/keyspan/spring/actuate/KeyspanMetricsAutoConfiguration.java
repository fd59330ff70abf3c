package io.keyspan.spring.actuate;

import io.keyspan.spring.EngineDecorator;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Meters the auto-configured {@code Keyspan} bean's engine when Micrometer has a registry: {@code
 * keyspan.requests} (a timer: count and latency by operation, table and outcome) and {@code
 * keyspan.consumed.capacity} (capacity units by operation and table). Ordered after the
 * auto-configurations that make the registry, named as strings so that the same class serves Spring
 * Boot 3.5 (first two) and 4.0 (last two).
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class KeyspanMetricsAutoConfiguration {

  @Bean
  EngineDecorator keyspanMetrics(MeterRegistry registry) {
    return engine -> new MicrometerEngine(engine, registry);
  }
}
