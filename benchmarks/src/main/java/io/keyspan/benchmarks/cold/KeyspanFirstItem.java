package io.keyspan.benchmarks.cold;

import io.keyspan.benchmarks.shapes.Shapes;
import io.keyspan.benchmarks.shapes.SmallSchema;

/** The first mapped item with Keyspan's generated schema. */
public final class KeyspanFirstItem {
  private KeyspanFirstItem() {}

  public static void main(String[] args) {
    System.out.println(SmallSchema.instance().toItem(Shapes.small()).size());
  }
}
