package io.keyspan.memory.singletable;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.shop.ShopContract;

/** The single-table shop contract on the in-memory engine. */
class ShopOnMemoryTest extends ShopContract {
  private static final Engine ENGINE = Keyspan.inMemory().engine();

  @Override
  protected Engine engine() {
    return ENGINE;
  }
}
