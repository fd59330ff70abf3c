package io.keyspan.spring;

import io.keyspan.Keyspan;
import io.keyspan.dynamodb.DynamoDbEngine;
import io.keyspan.engine.Engine;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link Keyspan} bean from the {@code keyspan.*} properties, and every generated and declared
 * repository as a bean. An application's own {@link Engine} or {@link Keyspan} bean replaces the
 * auto-configured one; a unique {@link Clock} bean becomes the clock of the engine and the handle.
 */
@AutoConfiguration
@EnableConfigurationProperties(KeyspanProperties.class)
@Import(KeyspanRepositoriesRegistrar.class)
public class KeyspanAutoConfiguration {

  /** The engine named by {@code keyspan.engine}, opened through Keyspan's engine providers. */
  @Bean
  @ConditionalOnMissingBean
  Engine keyspanEngine(KeyspanProperties properties, ObjectProvider<Clock> clock) {
    return Keyspan.builder().uri(properties.engine()).clock(clock(clock)).build().engine();
  }

  @Bean
  @ConditionalOnMissingBean
  Keyspan keyspan(
      Engine engine,
      KeyspanProperties properties,
      ObjectProvider<Clock> clock,
      ObjectProvider<EngineDecorator> decorators) {
    Engine decorated = engine;
    for (EngineDecorator decorator : decorators.orderedStream().toList()) {
      decorated = decorator.decorate(decorated);
    }
    return Keyspan.builder()
        .engine(decorated)
        .clock(clock(clock))
        .tableNamePrefix(properties.tableNamePrefix())
        .build();
  }

  /** Creates the tables of repository beans when {@code keyspan.create-tables=true}. */
  @Bean
  @ConditionalOnProperty(prefix = "keyspan", name = "create-tables", havingValue = "true")
  static TableCreator keyspanTableCreator() {
    return new TableCreator();
  }

  private static Clock clock(ObjectProvider<Clock> clock) {
    return clock.getIfUnique(Clock::systemUTC);
  }

  /**
   * With {@code keyspan.engine=dynamodb:} and a {@link DynamoDbClient} bean, the engine calls
   * DynamoDB through that client (its region, credentials, HTTP client and retry policy); the
   * application context, not the engine, closes the client.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({DynamoDbClient.class, DynamoDbEngine.class})
  static class ClientEngineConfiguration {
    @Bean
    @ConditionalOnBean(DynamoDbClient.class)
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "keyspan", name = "engine", havingValue = "dynamodb:")
    Engine keyspanEngine(DynamoDbClient client) {
      return DynamoDbEngine.using(client);
    }
  }
}
