package io.keyspan.benchmarks.cold;

import io.keyspan.Keyspan;
import io.keyspan.benchmarks.shapes.Shapes;
import io.keyspan.benchmarks.shapes.Small;
import io.keyspan.benchmarks.shapes.SmallRepository;

/**
 * The first put and get through a generated repository on the in-memory engine, table created
 * first.
 */
public final class KeyspanFirstPutGet {
  private KeyspanFirstPutGet() {}

  public static void main(String[] args) {
    try (Keyspan db = Keyspan.inMemory()) {
      SmallRepository smalls = new SmallRepository(db);
      smalls.createTable();
      Small small = Shapes.small();
      smalls.put(small);
      System.out.println(smalls.get(small.getId()).orElseThrow().getName());
    }
  }
}
