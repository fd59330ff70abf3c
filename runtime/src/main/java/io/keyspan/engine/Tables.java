package io.keyspan.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies per-table request maps deeply, so request records stay immutable. */
final class Tables {
  private Tables() {}

  static <T> Map<String, List<T>> copyOfLists(Map<String, ? extends List<? extends T>> perTable) {
    Map<String, List<T>> copy = new LinkedHashMap<>();
    perTable.forEach((table, list) -> copy.put(table, List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
