package io.keyspan.benchmarks.cold;

import io.keyspan.benchmarks.mapping.HandWritten;
import io.keyspan.benchmarks.shapes.Shapes;

/** The first mapped item, hand-written: the limit. */
public final class HandWrittenFirstItem {
  private HandWrittenFirstItem() {}

  public static void main(String[] args) {
    System.out.println(HandWritten.toItem(Shapes.small()).size());
  }
}
