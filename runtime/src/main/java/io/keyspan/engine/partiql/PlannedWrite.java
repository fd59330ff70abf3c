package io.keyspan.engine.partiql;

import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.DuplicateItemException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A PartiQL write in the SPI's terms: one item written under one condition (null for none), run
 * alone or as one action of a transaction.
 */
sealed interface PlannedWrite {
  /** DynamoDB's text when an INSERT meets an existing item. */
  String DUPLICATE_ITEM = "Duplicate primary key exists in table";

  String table();

  /** Runs the write alone; the attributes RETURNING asked for, if any. */
  Optional<Map<String, AttributeValue>> run(Engine engine);

  TransactWriteItem transactItem();

  /** INSERT: a put that fails when the item exists. */
  record Insert(String table, Map<String, AttributeValue> item, Condition condition)
      implements PlannedWrite {
    @Override
    public Optional<Map<String, AttributeValue>> run(Engine engine) {
      try {
        engine.putItem(PutItemRequest.builder(table, item).condition(condition).build());
      } catch (ConditionalCheckFailedException e) {
        throw new DuplicateItemException(DUPLICATE_ITEM);
      }
      return Optional.empty();
    }

    @Override
    public TransactWriteItem transactItem() {
      return new TransactWriteItem.Put(table, item, condition, null);
    }
  }

  /** UPDATE: an update of an existing item. */
  record Modify(
      String table,
      Map<String, AttributeValue> key,
      UpdateExpression update,
      Condition condition,
      ReturnValue returning)
      implements PlannedWrite {
    @Override
    public Optional<Map<String, AttributeValue>> run(Engine engine) {
      UpdateItemRequest request =
          UpdateItemRequest.builder(table, key)
              .update(update)
              .condition(condition)
              .returnValues(returning)
              .build();
      return engine.updateItem(request).attributesIfAny();
    }

    @Override
    public TransactWriteItem transactItem() {
      return new TransactWriteItem.Update(table, key, update, condition, null);
    }
  }

  /** DELETE. */
  record Remove(
      String table, Map<String, AttributeValue> key, Condition condition, ReturnValue returning)
      implements PlannedWrite {
    @Override
    public Optional<Map<String, AttributeValue>> run(Engine engine) {
      DeleteItemRequest request =
          DeleteItemRequest.builder(table, key)
              .condition(condition)
              .returnValues(returning)
              .build();
      return engine.deleteItem(request).attributesIfAny();
    }

    @Override
    public TransactWriteItem transactItem() {
      return new TransactWriteItem.Delete(table, key, condition, null);
    }
  }
}
