package io.keyspan.dynamodb.singletable;

import io.keyspan.dynamodb.DynamoDbEngine;
import io.keyspan.dynamodb.emulator.Emulators;
import io.keyspan.engine.Engine;
import io.keyspan.shop.ShopContract;
import org.junit.jupiter.api.Tag;

/**
 * The single-table shop contract through the AWS SDK engine against moto, which serves transactions
 * with cancellation reasons (dynalite has none; runtime-dynamodb/EMULATORS.md).
 */
@Tag("emulators")
class ShopOnMotoTest extends ShopContract {
  private static Engine engine;

  @Override
  protected Engine engine() {
    synchronized (ShopOnMotoTest.class) {
      if (engine == null) {
        engine = DynamoDbEngine.using(Emulators.moto().client());
      }
      return engine;
    }
  }
}
