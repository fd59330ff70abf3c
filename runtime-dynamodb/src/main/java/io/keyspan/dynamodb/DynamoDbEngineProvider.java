package io.keyspan.dynamodb;

import com.google.auto.service.AutoService;
import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.EngineProvider;
import io.keyspan.engine.EngineUri;

/**
 * Serves the {@code dynamodb:} scheme for {@code Keyspan.connect}. The context's clock is not used:
 * DynamoDB keeps its own time.
 */
@AutoService(EngineProvider.class)
@SuppressWarnings("exports") // @AutoService is read at compile time only; users never need it
public final class DynamoDbEngineProvider implements EngineProvider {

  /** For {@link java.util.ServiceLoader}. */
  public DynamoDbEngineProvider() {}

  @Override
  public String scheme() {
    return "dynamodb";
  }

  @Override
  public String description() {
    return "AWS SDK v2 engine for Amazon DynamoDB and compatible services";
  }

  @Override
  public Engine open(EngineUri uri, EngineContext context) {
    return DynamoDbEngine.open(uri);
  }
}
