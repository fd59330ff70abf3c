package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.condition;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.get;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.projection;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.update;
import static io.keyspan.memory.Fixtures.withHashTable;
import static io.keyspan.memory.Fixtures.withSortedTable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PutItem, GetItem, UpdateItem, DeleteItem: Developer Guide Expressions.OperatorsAndFunctions
 * (operation semantics), 1.9, 1.12, 1.15.
 */
class ItemOperationsTest {
  private final MemoryEngine engine = withSortedTable(withHashTable(engine()));

  @Test
  void putThenGet_returnsTheItem() {
    put(engine, "Sorted", item("p", "a", "s", 1, "x", "y"));
    assertThat(get(engine, "Sorted", item("p", "a", "s", 1)))
        .isEqualTo(item("p", "a", "s", 1, "x", "y"));
  }

  private static AttributeValue nestedMaps(int wraps) {
    AttributeValue value = AttributeValue.s("leaf");
    for (int i = 0; i < wraps; i++) {
      value = AttributeValue.m(Map.of("m", value));
    }
    return value;
  }

  // ServiceQuotas "Nested attribute depth": 31 maps around a scalar fit, 32 do not, in every
  // write of a whole item (the update path has its own check in the evaluator).
  @Test
  void itemsNestedDeeperThan32Levels_areRejectedByEveryWrite() {
    put(engine, "Sorted", item("p", "a", "s", 1, "x", nestedMaps(31)));
    Map<String, AttributeValue> deep = item("p", "a", "s", 2, "x", nestedMaps(32));
    String expected =
        "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels"
            + " beyond supported limit";
    assertThat(
            assertThrows(ValidationException.class, () -> put(engine, "Sorted", deep)).getMessage())
        .isEqualTo(expected);
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () ->
                        engine.batchWriteItem(
                            new BatchWriteItemRequest(
                                Map.of("Sorted", List.of(new WriteRequest.Put(deep))), null)))
                .getMessage())
        .isEqualTo(expected);
    // In a transaction the action's validation error cancels it, as for any invalid item.
    assertThat(
            assertThrows(
                    TransactionCanceledException.class,
                    () ->
                        engine.transactWriteItems(
                            new TransactWriteItemsRequest(
                                List.of(new TransactWriteItem.Put("Sorted", deep, null, null)),
                                null,
                                null)))
                .reasons()
                .get(0)
                .message())
        .isEqualTo(expected);
    assertThat(get(engine, "Sorted", item("p", "a", "s", 2))).isNull();
  }

  @Test
  void getOfMissingItem_hasNoItem() {
    assertThat(get(engine, "Sorted", item("p", "a", "s", 1))).isNull();
  }

  @Test
  void numericSortKeysCompareByValue_soOnePointZeroIsOne() {
    put(engine, "Sorted", item("p", "a", "s", AttributeValue.n("1.0"), "v", 1));
    assertThat(get(engine, "Sorted", item("p", "a", "s", 1))).isNotNull();
  }

  @Test
  void getWithProjection_returnsOnlyThePaths_keysNotAdded() {
    // Digest 1.8: the key attributes are not added automatically.
    put(engine, "Sorted", item("p", "a", "s", 1, "x", "y", "z", "w"));
    Map<String, AttributeValue> projected =
        engine
            .getItem(
                GetItemRequest.builder("Sorted", item("p", "a", "s", 1))
                    .projection(projection("x"))
                    .build())
            .item();
    assertThat(projected).isEqualTo(item("x", "y"));
  }

  @Test
  void missingTable_isResourceNotFound() {
    ResourceNotFoundException error =
        assertThrows(ResourceNotFoundException.class, () -> get(engine, "Nope", item("p", "a")));
    assertThat(error).hasMessageThat().isEqualTo("Requested resource not found");
  }

  // ------------------------------------------------------------------ key validation (1.15)

  @Test
  void keyWithExtraAttribute_doesNotMatchSchema() {
    assertKeyError(
        item("p", "a", "s", 1, "x", 1), "The provided key element does not match the schema");
  }

  @Test
  void keyMissingSortKey_doesNotMatchSchema() {
    assertKeyError(item("p", "a"), "The provided key element does not match the schema");
  }

  @Test
  void keyWithWrongType_doesNotMatchSchema() {
    assertKeyError(item("p", 1, "s", 1), "The provided key element does not match the schema");
  }

  @Test
  void keyWithEmptyString_isRejected() {
    assertKeyError(
        item("p", "", "s", 1),
        "One or more parameter values are not valid. The AttributeValue for a key attribute"
            + " cannot contain an empty string value. Key: p");
  }

  private void assertKeyError(Map<String, AttributeValue> key, String message) {
    ValidationException error =
        assertThrows(ValidationException.class, () -> get(engine, "Sorted", key));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  @Test
  void putMissingKey_namesTheKey() {
    assertPutError(
        item("p", "a"), "One or more parameter values were invalid: Missing the key s in the item");
  }

  @Test
  void putWithWrongKeyType_reportsExpectedAndActual() {
    assertPutError(
        item("p", 1, "s", 1),
        "One or more parameter values were invalid: Type mismatch for key p expected: S actual: N");
  }

  @Test
  void partitionKeyOver2048Bytes_isRejected() {
    // Developer Guide ServiceQuotas: partition key 1..2048 bytes; no space before 2048 (1.9).
    assertPutError(
        item("p", "x".repeat(2049), "s", 1),
        "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size"
            + " limit of2048 bytes");
    put(engine, "Sorted", item("p", "x".repeat(2048), "s", 1));
  }

  @Test
  void sortKeyOver1024Bytes_isRejected() {
    engine.createTable(
        Fixtures.table(
            "SortBinary",
            java.util.List.of(Fixtures.s("p"), Fixtures.b("s")),
            java.util.List.of(
                io.keyspan.engine.table.KeySchemaElement.hash("p"),
                io.keyspan.engine.table.KeySchemaElement.range("s"))));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> put(engine, "SortBinary", item("p", "a", "s", AttributeValue.b(new byte[1025]))));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "One or more parameter values were invalid: Aggregated size of all range keys has"
                + " exceeded the size limit of 1024 bytes");
    put(engine, "SortBinary", item("p", "a", "s", AttributeValue.b(new byte[1024])));
  }

  @Test
  void emptyBinaryKey_isRejected() {
    engine.createTable(
        Fixtures.table(
            "BinaryKey",
            java.util.List.of(Fixtures.b("p")),
            java.util.List.of(io.keyspan.engine.table.KeySchemaElement.hash("p"))));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> put(engine, "BinaryKey", item("p", AttributeValue.b(Bytes.of(new byte[0])))));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "One or more parameter values are not valid. The AttributeValue for a key attribute"
                + " cannot contain an empty binary value. Key: p");
  }

  @Test
  void itemOver400KB_isRejected_atExactly400KBAccepted() {
    // ServiceQuotas: 400 KB = 409,600 bytes, names included. "p"+"a" = 2, "s"+1 = 3, "big" = 3.
    int payload = 409_600 - 2 - 3 - 3;
    put(engine, "Sorted", item("p", "a", "s", 1, "big", "x".repeat(payload)));
    assertPutError(
        item("p", "a", "s", 2, "big", "x".repeat(payload + 1)),
        "Item size has exceeded the maximum allowed size");
  }

  private void assertPutError(Map<String, AttributeValue> item, String message) {
    ValidationException error =
        assertThrows(ValidationException.class, () -> put(engine, "Sorted", item));
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  // ------------------------------------------------------------------ conditions

  @Test
  void conditionOnMissingItem_seesNoAttributes() {
    // Digest 1.5: attribute_not_exists(pk) is true on a non-existent item.
    engine.putItem(
        PutItemRequest.builder("Hashed", item("p", "a"))
            .condition(condition("attribute_not_exists(p)"))
            .build());
    assertThrows(
        ConditionalCheckFailedException.class,
        () ->
            engine.putItem(
                PutItemRequest.builder("Hashed", item("p", "a"))
                    .condition(condition("attribute_not_exists(p)"))
                    .build()));
  }

  @Test
  void failedCondition_withAllOld_carriesTheItem_andChangesNothing() {
    put(engine, "Hashed", item("p", "a", "n", 1));
    ConditionalCheckFailedException error =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                engine.updateItem(
                    UpdateItemRequest.builder("Hashed", item("p", "a"))
                        .update(update("SET n = :v0", 2))
                        .condition(condition("n = :v0", 5))
                        .returnValuesOnConditionCheckFailure(
                            ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()));
    assertThat(error).hasMessageThat().isEqualTo("The conditional request failed");
    assertThat(error.item()).hasValue(item("p", "a", "n", 1));
    assertThat(get(engine, "Hashed", item("p", "a"))).isEqualTo(item("p", "a", "n", 1));
  }

  @Test
  void failedCondition_withoutAllOld_carriesNoItem() {
    put(engine, "Hashed", item("p", "a", "n", 1));
    ConditionalCheckFailedException error =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                engine.deleteItem(
                    DeleteItemRequest.builder("Hashed", item("p", "a"))
                        .condition(condition("n = :v0", 5))
                        .build()));
    assertThat(error.item()).isEmpty();
  }

  // ------------------------------------------------------------------ ReturnValues (1.12)

  @Test
  void putReturnsAllOld_onlyWhenAnOldItemExisted() {
    WriteResponse first =
        engine.putItem(
            PutItemRequest.builder("Hashed", item("p", "a", "v", 1))
                .returnValues(ReturnValue.ALL_OLD)
                .build());
    assertThat(first.attributes()).isNull();
    WriteResponse second =
        engine.putItem(
            PutItemRequest.builder("Hashed", item("p", "a", "v", 2))
                .returnValues(ReturnValue.ALL_OLD)
                .build());
    assertThat(second.attributes()).isEqualTo(item("p", "a", "v", 1));
  }

  @Test
  void putWithAllNew_isRejected() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.putItem(
                    PutItemRequest.builder("Hashed", item("p", "a"))
                        .returnValues(ReturnValue.ALL_NEW)
                        .build()));
    assertThat(error).hasMessageThat().isEqualTo("ReturnValues can only be ALL_OLD or NONE");
  }

  @Test
  void deleteWithUpdatedOld_isRejected() {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.deleteItem(
                    DeleteItemRequest.builder("Hashed", item("p", "a"))
                        .returnValues(ReturnValue.UPDATED_OLD)
                        .build()));
    assertThat(error).hasMessageThat().isEqualTo("ReturnValues can only be ALL_OLD or NONE");
  }

  @Test
  void deleteReturnsAllOld_andRemovesTheItem() {
    put(engine, "Hashed", item("p", "a", "v", 1));
    WriteResponse response =
        engine.deleteItem(
            DeleteItemRequest.builder("Hashed", item("p", "a"))
                .returnValues(ReturnValue.ALL_OLD)
                .build());
    assertThat(response.attributes()).isEqualTo(item("p", "a", "v", 1));
    assertThat(get(engine, "Hashed", item("p", "a"))).isNull();
  }

  @Test
  void updateReturnValues_eachOption() {
    put(engine, "Hashed", item("p", "a", "x", 1, "y", 2));
    assertThat(updateReturning(ReturnValue.NONE, "SET x = :v0", 10)).isNull();
    assertThat(updateReturning(ReturnValue.ALL_OLD, "SET x = :v0", 11))
        .isEqualTo(item("p", "a", "x", 10, "y", 2));
    assertThat(updateReturning(ReturnValue.UPDATED_OLD, "SET x = :v0", 12))
        .isEqualTo(item("x", 11));
    assertThat(updateReturning(ReturnValue.ALL_NEW, "SET x = :v0", 13))
        .isEqualTo(item("p", "a", "x", 13, "y", 2));
    assertThat(updateReturning(ReturnValue.UPDATED_NEW, "SET x = :v0", 14))
        .isEqualTo(item("x", 14));
  }

  private Map<String, AttributeValue> updateReturning(
      ReturnValue returnValue, String text, int value) {
    return engine
        .updateItem(
            UpdateItemRequest.builder("Hashed", item("p", "a"))
                .update(update(text, value))
                .returnValues(returnValue)
                .build())
        .attributes();
  }

  @Test
  void updateOfMissingItem_isAnUpsertWithTheKey() {
    // API UpdateItem: a missing item is created with its key plus the SET and ADD results.
    WriteResponse response =
        engine.updateItem(
            UpdateItemRequest.builder("Sorted", item("p", "a", "s", 1))
                .update(update("ADD n :v0", 5))
                .returnValues(ReturnValue.ALL_NEW)
                .build());
    assertThat(response.attributes()).isEqualTo(item("p", "a", "s", 1, "n", 5));
    assertThat(get(engine, "Sorted", item("p", "a", "s", 1)))
        .isEqualTo(item("p", "a", "s", 1, "n", 5));
  }

  @Test
  void removeOnlyUpdateOfMissingItem_createsNothing() {
    // Digest 1.7 [ALT test_update_item_returnvalues_all_new].
    WriteResponse response =
        engine.updateItem(
            UpdateItemRequest.builder("Hashed", item("p", "a"))
                .update(update("REMOVE x"))
                .returnValues(ReturnValue.ALL_NEW)
                .build());
    assertThat(response.attributes()).isNull();
    assertThat(get(engine, "Hashed", item("p", "a"))).isNull();
  }

  @Test
  void updateWithoutExpression_createsTheKeyOnlyItem() {
    engine.updateItem(UpdateItemRequest.builder("Hashed", item("p", "a")).build());
    assertThat(get(engine, "Hashed", item("p", "a"))).isEqualTo(item("p", "a"));
  }

  @Test
  void anItemOver400KB_isRejectedBeforeTheTableIsLookedUp() {
    // DynamoDB checks the item's size with the request's other values, before it looks the table
    // up or checks the key (dynalite validations/putItem.js and batchWriteItem.js; the 400 KB
    // limit: Developer Guide ServiceQuotas, "Item size").
    Map<String, AttributeValue> big =
        Map.of("p", AttributeValue.s("a"), "x", AttributeValue.s("y".repeat(410_000)));
    String message = "Item size has exceeded the maximum allowed size";
    assertThat(assertThrows(ValidationException.class, () -> put(engine, "Missing", big)))
        .hasMessageThat()
        .isEqualTo(message);
    assertThat(
            assertThrows(
                ValidationException.class,
                () -> put(engine, "Sorted", Map.of("x", AttributeValue.s("y".repeat(410_000))))))
        .hasMessageThat()
        .isEqualTo(message);
    assertThat(
            assertThrows(
                ValidationException.class,
                () ->
                    engine.batchWriteItem(
                        new BatchWriteItemRequest(
                            Map.of("Missing", List.of(new WriteRequest.Put(big))), null))))
        .hasMessageThat()
        .isEqualTo(message);
  }

  @Test
  void updateOfAKeyAttribute_isRejected_inEveryClause_andChangesNothing() {
    // Digest 1.7: "Cannot update attribute p. This attribute is part of the key". API UpdateItem:
    // "You cannot use UpdateItem to update any primary key attributes"
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html), in
    // any clause, not only SET.
    put(engine, "Sorted", item("p", "a", "s", 1, "n", 5));
    assertKeyUpdateRejected(update("SET s = :v0", 2), "s");
    assertKeyUpdateRejected(update("REMOVE p"), "p");
    assertKeyUpdateRejected(update("ADD s :v0", 1), "s");
    assertKeyUpdateRejected(update("DELETE p :v0", AttributeValue.ss("a")), "p");
    assertKeyUpdateRejected(update("SET n = :v0 REMOVE s", 6), "s");
    assertThat(get(engine, "Sorted", item("p", "a", "s", 1)))
        .isEqualTo(item("p", "a", "s", 1, "n", 5));
  }

  private void assertKeyUpdateRejected(
      io.keyspan.expression.UpdateExpression update, String attribute) {
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.updateItem(
                    UpdateItemRequest.builder("Sorted", item("p", "a", "s", 1))
                        .update(update)
                        .build()));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "One or more parameter values were invalid: Cannot update attribute "
                + attribute
                + ". This attribute is part of the key");
  }

  @Test
  void updateGrowingPast400KB_isRejectedWithTheUpdateMessage() {
    put(engine, "Hashed", item("p", "a", "big", "x".repeat(409_000)));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.updateItem(
                    UpdateItemRequest.builder("Hashed", item("p", "a"))
                        .update(update("SET more = :v0", "y".repeat(1000)))
                        .build()));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("Item size to update has exceeded the maximum allowed size");
  }

  @Test
  void treesBuiltWithoutTheParser_areCheckedToo() {
    // Digest 1.7: overlapping paths are rejected before the item is read.
    io.keyspan.expression.UpdateExpression overlapping =
        new io.keyspan.expression.UpdateExpression(
            java.util.List.of(
                new io.keyspan.expression.UpdateExpression.SetAction(
                    io.keyspan.expression.Path.of("a"),
                    new io.keyspan.expression.Literal(AttributeValue.n(1)))),
            java.util.List.of(io.keyspan.expression.Path.of("a")),
            java.util.List.of(),
            java.util.List.of());
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.updateItem(
                    UpdateItemRequest.builder("Hashed", item("p", "a"))
                        .update(overlapping)
                        .build()));
    assertThat(error).hasMessageThat().contains("Two document paths overlap with each other");
    assertThat(get(engine, "Hashed", item("p", "a"))).isNull();
  }

  @Test
  void evaluatorErrors_reachTheCaller_unchanged() {
    // Digest 1.7 ADD on a non-number attribute: "An operand in the update expression has an
    // incorrect data type".
    put(engine, "Hashed", item("p", "a", "x", "text"));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine.updateItem(
                    UpdateItemRequest.builder("Hashed", item("p", "a"))
                        .update(update("ADD x :v0", 1))
                        .build()));
    assertThat(error).hasMessageThat().contains("incorrect data type");
    assertThat(get(engine, "Hashed", item("p", "a"))).isEqualTo(item("p", "a", "x", "text"));
  }
}
