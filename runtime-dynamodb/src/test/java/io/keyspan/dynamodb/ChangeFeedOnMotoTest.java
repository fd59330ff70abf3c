package io.keyspan.dynamodb;

import io.keyspan.dynamodb.emulator.Emulators;
import io.keyspan.engine.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

/** The change feed through the AWS SDK engine against moto's DynamoDB Streams. */
@Tag("emulators")
class ChangeFeedOnMotoTest extends ChangeFeedCases {
  private static Engine engine;

  @Override
  protected synchronized Engine engine() {
    if (engine == null) {
      engine = DynamoDbEngine.using(Emulators.moto().client());
    }
    return engine;
  }

  @AfterAll
  static void close() {
    if (engine != null) {
      engine.close();
    }
  }
}
