package io.keyspan.engine;

import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/** One read of a TransactGetItems, with an optional projection (null for the whole item). */
public record TransactGetItem(
    String tableName, Map<String, AttributeValue> key, Projection projection) {
  public TransactGetItem {
    Objects.requireNonNull(tableName, "tableName");
    key = Map.copyOf(key);
  }
}
