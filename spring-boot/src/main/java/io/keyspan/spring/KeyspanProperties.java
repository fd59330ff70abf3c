package io.keyspan.spring;

import io.keyspan.engine.EngineUri;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code keyspan.*} settings of the auto-configured {@link io.keyspan.Keyspan} bean.
 *
 * @param engine the engine's URI: {@code memory:} (embedded), {@code dynamodb:} (the AWS SDK's
 *     default chains, or the application's {@code DynamoDbClient} bean when there is one), {@code
 *     dynamodb:?region=eu-west-1} or {@code dynamodb:http://127.0.0.1:8000}
 * @param tableNamePrefix prepended to every table name, for one account shared by environments
 *     ({@code dev_} turns {@code Users} into {@code dev_Users})
 * @param createTables whether to create the table of every generated repository bean that does not
 *     exist yet, when the bean is created; meant for the in-memory engine and local emulators
 */
@ConfigurationProperties("keyspan")
public record KeyspanProperties(
    @DefaultValue("memory:") String engine,
    @DefaultValue("") String tableNamePrefix,
    @DefaultValue("false") boolean createTables) {

  /** Rejects a malformed engine URI while binding, so start-up fails naming the property. */
  public KeyspanProperties {
    EngineUri.parse(engine);
  }
}
