package io.keyspan.expression.eval;

import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link UpdateEvaluator#apply}: the new item, and on request the attributes
 * ReturnValues UPDATED_OLD and UPDATED_NEW return (Developer Guide WorkingWithItems). Those two are
 * computed only when asked for, so an update that returns nothing pays nothing for them.
 */
public final class UpdateResult {
  private final Map<String, AttributeValue> oldItem;
  private final Map<String, AttributeValue> newItem;
  private final List<Path> touched;
  private final boolean itemExisted;

  UpdateResult(
      Map<String, AttributeValue> oldItem,
      Map<String, AttributeValue> newItem,
      List<Path> touched,
      boolean itemExisted) {
    this.oldItem = oldItem;
    this.newItem = newItem;
    this.touched = touched;
    this.itemExisted = itemExisted;
  }

  /**
   * The item after the update (unmodifiable). When the item did not exist, an update that only
   * REMOVEs or DELETEs leaves it as it was passed in (empty, or just the key), and the engine must
   * create nothing (1.7, ALT test_update_item_returnvalues_all_new).
   */
  public Map<String, AttributeValue> newItem() {
    return newItem;
  }

  /**
   * UPDATED_OLD: the old values at the paths the update touched, REMOVEd ones included, nested as
   * in the item ({@code SET a.c[1] = :v} gives {@code {"a":{"c":[old]}}}). Empty when the item did
   * not exist or none of the paths existed; DynamoDB then returns no Attributes.
   */
  public Map<String, AttributeValue> updatedOld() {
    return itemExisted ? Projector.project(touched, oldItem) : Map.of();
  }

  /**
   * UPDATED_NEW: the new item projected on the paths the update touched. That is the new value of
   * every SET and ADD target, and reproduces both oddities [ALT test_returnvalues.py] records
   * against DynamoDB: {@code SET a.c[100]} (an append) returns nothing, since the new element sits
   * at a lower index, and {@code REMOVE a.c[1]} returns the element shifted into position 1. A
   * DELETE that leaves members returns the remaining set.
   */
  public Map<String, AttributeValue> updatedNew() {
    return Projector.project(touched, newItem);
  }
}
