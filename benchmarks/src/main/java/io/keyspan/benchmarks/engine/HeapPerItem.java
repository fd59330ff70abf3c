package io.keyspan.benchmarks.engine;

import io.keyspan.Keyspan;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Bytes of heap per stored item: the in-memory engine and the bare sorted map each load the same
 * items, and the heap in use after a full collection is compared with the heap before. Prints
 * {@code engine <bytes> map <bytes>}. Run in a fresh JVM with a fixed heap ({@code -Xms2g -Xmx2g})
 * so the numbers are not distorted by resizing.
 */
public final class HeapPerItem {
  private HeapPerItem() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    long before = usedHeap();
    Keyspan keyspan = Keyspan.inMemory();
    keyspan.engine().createTable(Items.createTable());
    for (int i = 0; i < count; i++) {
      keyspan.engine().putItem(PutItemRequest.builder(Items.TABLE, Items.item(i)).build());
    }
    long engine = usedHeap() - before;
    keyspan.close();
    keyspan = null;

    before = usedHeap();
    ConcurrentSkipListMap<String, Map<String, AttributeValue>> map = new ConcurrentSkipListMap<>();
    for (int i = 0; i < count; i++) {
      map.put(Items.mapKey(i), Items.item(i));
    }
    long bare = usedHeap() - before;
    System.out.println(
        "engine " + engine / count + " map " + bare / count + " items " + map.size());
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
