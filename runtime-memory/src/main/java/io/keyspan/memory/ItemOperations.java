package io.keyspan.memory;

import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteOptions;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.eval.UpdateResult;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * PutItem, GetItem, UpdateItem and DeleteItem. Each request is validated completely and its
 * condition evaluated before anything changes; the engine's lock makes each write atomic.
 */
final class ItemOperations {
  private final Catalog catalog;

  ItemOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  WriteResponse put(PutItemRequest request) {
    // The item's size is computed once here and stored with it.
    StoredItem item = new StoredItem(request.item(), KeyValidator.checkItemSize(request.item()));
    StoredTable table = catalog.table(request.tableName());
    WriteOptions options = request.options();
    checkAllOldOrNone(options.returnValues());
    Evaluation.check(options.condition(), ExpressionKind.CONDITION);
    PrimaryKey key = KeyValidator.item(table.definition(), item.item(), item.size());
    StoredItem stored = table.stored(key);
    Map<String, AttributeValue> old = StoredItem.itemOf(stored);
    checkCondition(options.condition(), old, options.returnValuesOnConditionCheckFailure());
    ConsumedCapacity consumed =
        Usage.reported(
            options.returnConsumedCapacity(),
            () ->
                Costs.write(
                    table.definition(),
                    old,
                    StoredItem.sizeOf(stored),
                    item.item(),
                    item.size(),
                    false));
    table.put(key, item, stored);
    return new WriteResponse(
        options.returnValues() == ReturnValue.ALL_OLD ? old : null,
        consumed,
        ItemCollections.of(table, key, options.returnItemCollectionMetrics()));
  }

  GetItemResponse get(GetItemRequest request) {
    StoredTable table = catalog.table(request.tableName());
    Evaluation.check(request.projection());
    PrimaryKey key = KeyValidator.key(table.definition(), request.key());
    StoredItem stored = table.stored(key);
    Map<String, AttributeValue> item = StoredItem.itemOf(stored);
    ConsumedCapacity consumed =
        Usage.reported(
            request.returnConsumedCapacity(),
            () ->
                Usage.ofTable(
                    request.tableName(),
                    true,
                    Costs.readUnits(
                        StoredItem.sizeOf(stored),
                        Costs.Consistency.of(request.consistentRead()))));
    return new GetItemResponse(
        item == null || request.projection() == null
            ? item
            : Evaluation.project(request.projection(), item),
        consumed);
  }

  WriteResponse update(UpdateItemRequest request) {
    StoredTable table = catalog.table(request.tableName());
    WriteOptions options = request.options();
    TableSettings definition = table.definition();
    PrimaryKey key = KeyValidator.key(definition, request.key());
    checkUpdate(definition, request.update());
    Evaluation.check(options.condition(), ExpressionKind.CONDITION);
    Map<String, AttributeValue> old = table.get(key);
    checkCondition(options.condition(), old, options.returnValuesOnConditionCheckFailure());
    Updated updated = applyUpdate(definition, key, old, request.update());
    ConsumedCapacity consumed =
        Usage.reported(
            options.returnConsumedCapacity(),
            () -> Costs.write(definition, old, updated.item(), false));
    if (updated.item() != null) {
      table.write(key, updated.item());
    }
    return new WriteResponse(
        returned(options.returnValues(), old, updated),
        consumed,
        ItemCollections.of(table, key, options.returnItemCollectionMetrics()));
  }

  WriteResponse delete(DeleteItemRequest request) {
    StoredTable table = catalog.table(request.tableName());
    WriteOptions options = request.options();
    checkAllOldOrNone(options.returnValues());
    Evaluation.check(options.condition(), ExpressionKind.CONDITION);
    PrimaryKey key = KeyValidator.key(table.definition(), request.key());
    Map<String, AttributeValue> old = table.get(key);
    checkCondition(options.condition(), old, options.returnValuesOnConditionCheckFailure());
    ConsumedCapacity consumed =
        Usage.reported(
            options.returnConsumedCapacity(),
            () -> Costs.write(table.definition(), old, null, false));
    table.write(key, null);
    return new WriteResponse(
        options.returnValues() == ReturnValue.ALL_OLD ? old : null,
        consumed,
        ItemCollections.of(table, key, options.returnItemCollectionMetrics()));
  }

  // ------------------------------------------------------------------ shared with transactions

  /** PutItem and DeleteItem accept only NONE and ALL_OLD (Developer Guide WorkingWithItems). */
  static void checkAllOldOrNone(ReturnValue returnValues) {
    if (returnValues != ReturnValue.NONE && returnValues != ReturnValue.ALL_OLD) {
      throw ErrorMessages.returnValuesAllOldOrNone();
    }
  }

  /**
   * The errors an update raises before the item is read: its own static errors, any clause naming a
   * key attribute (Developer Guide Expressions.UpdateExpressions), and any path reaching into a key
   * attribute.
   */
  static void checkUpdate(TableSettings table, UpdateExpression update) {
    if (update == null) {
      return;
    }
    Evaluation.check(update);
    for (String target : ConditionPaths.targets(update)) {
      if (table.key().contains(target)) {
        throw ErrorMessages.cannotUpdateKey(target);
      }
    }
    ScalarKeyPaths.check(table, update);
  }

  /**
   * An update's outcome: the item to store (null when nothing is created) and what ReturnValues
   * UPDATED_OLD and UPDATED_NEW return.
   */
  record Updated(
      Map<String, AttributeValue> item,
      Map<String, AttributeValue> updatedOld,
      Map<String, AttributeValue> updatedNew) {}

  /** A false condition rejects the write; the item comes back when ALL_OLD was asked for. */
  static void checkCondition(
      Condition condition,
      Map<String, AttributeValue> old,
      ReturnValuesOnConditionCheckFailure onFailure) {
    if (!Evaluation.test(condition, old == null ? Map.of() : old)) {
      throw new ConditionalCheckFailedException(
          onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD ? old : null);
    }
  }

  /**
   * The item after an update, validated; {@code item()} is null when nothing is created (an update
   * of a missing item that only REMOVEs or DELETEs creates nothing, Developer Guide
   * Expressions.UpdateExpressions).
   */
  static Updated applyUpdate(
      TableSettings table,
      PrimaryKey key,
      Map<String, AttributeValue> old,
      UpdateExpression update) {
    Map<String, AttributeValue> base = old != null ? old : Map.copyOf(key.toMap(table.key()));
    if (update == null) {
      return new Updated(base, Map.of(), Map.of());
    }
    UpdateResult result = Evaluation.apply(update, base, old != null);
    if (old == null && update.set().isEmpty() && update.add().isEmpty()) {
      return new Updated(null, Map.of(), Map.of());
    }
    Map<String, AttributeValue> item = Map.copyOf(result.newItem());
    KeyValidator.checkIndexKeys(table, item, true);
    if (KeyValidator.tooLarge(table, item)) {
      throw ErrorMessages.updatedItemTooLarge();
    }
    return new Updated(item, result.updatedOld(), result.updatedNew());
  }

  private static Map<String, AttributeValue> returned(
      ReturnValue returnValues, Map<String, AttributeValue> old, Updated updated) {
    switch (returnValues) {
      case ALL_OLD:
        return old;
      case ALL_NEW:
        return updated.item();
      case UPDATED_OLD:
        return old == null || updated.updatedOld().isEmpty() ? null : updated.updatedOld();
      case UPDATED_NEW:
        return updated.item() == null || updated.updatedNew().isEmpty()
            ? null
            : updated.updatedNew();
      default:
        return null;
    }
  }
}
