package io.keyspan.repository;

import io.keyspan.engine.TransactWriteItem;
import io.keyspan.expression.Condition;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/** A condition on one item that a transaction requires without writing the item. */
public final class ConditionCheck implements TransactionalWrite {
  private final String tableName;
  private final Map<String, AttributeValue> key;
  private final Condition condition;

  ConditionCheck(String tableName, Map<String, AttributeValue> key, Condition condition) {
    this.tableName = tableName;
    this.key = key;
    this.condition = Objects.requireNonNull(condition, "condition");
  }

  @Override
  public TransactWriteItem toTransactWriteItem() {
    return new TransactWriteItem.ConditionCheck(tableName, key, condition, null);
  }
}
