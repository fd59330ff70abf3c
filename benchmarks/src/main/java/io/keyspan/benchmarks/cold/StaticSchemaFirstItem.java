package io.keyspan.benchmarks.cold;

import io.keyspan.benchmarks.mapping.StaticSchemas;
import io.keyspan.benchmarks.shapes.Shapes;

/** The first mapped item with the Enhanced Client's StaticTableSchema. */
public final class StaticSchemaFirstItem {
  private StaticSchemaFirstItem() {}

  public static void main(String[] args) {
    System.out.println(StaticSchemas.small().itemToMap(Shapes.small(), true).size());
  }
}
