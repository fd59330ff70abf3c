package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PutItem, GetItem, UpdateItem and DeleteItem: values, conditions, updates, return values. */
public abstract class ItemContract extends EngineContract {

  private static final Map<String, AttributeValue> EVERY_TYPE =
      item(
          "pk", s("all"),
          "s", s("text ünïcødé"),
          "n", n("-12.5"),
          "big", n("12345678901234567890123456789012345678"),
          "b", AttributeValue.b(new byte[] {0, 1, (byte) 0xFF}),
          "bool", AttributeValue.bool(true),
          "null", AttributeValue.nul(),
          "l", AttributeValue.l(s("x"), n(1), AttributeValue.l()),
          "m",
              AttributeValue.m(
                  Map.of(
                      "inner",
                      AttributeValue.m(Map.of("deep", s("y"))),
                      "empty",
                      AttributeValue.m(Map.of()))),
          "ss", AttributeValue.ss("a", "b"),
          "ns", AttributeValue.ns("1", "2.5", "-3"),
          "bs", AttributeValue.bs(Bytes.of(new byte[] {1}), Bytes.of(new byte[] {2, 3})));

  // Developer Guide HowItWorks.NamingRulesDataTypes: the ten data types round-trip.
  @Test
  void everyDataType_roundTrips() {
    String table = createTable("types", false);

    put(table, EVERY_TYPE);

    assertThat(get(table, key("all"))).isEqualTo(EVERY_TYPE);
  }

  // API GetItem: no Item in the response when no item has the key.
  @Test
  void gettingAMissingItem_returnsNoItem() {
    String table = createTable("missing_item", false);

    assertThat(get(table, key("nobody"))).isNull();
  }

  // API PutItem: ReturnValues ALL_OLD returns the replaced item; nothing when none existed.
  @Test
  void putWithAllOld_returnsTheReplacedItem() {
    String table = createTable("put_old", false);
    WriteResponse first =
        engine()
            .putItem(
                PutItemRequest.builder(table, item("pk", s("k"), "v", n(1)))
                    .returnValues(ReturnValue.ALL_OLD)
                    .build());
    WriteResponse second =
        engine()
            .putItem(
                PutItemRequest.builder(table, item("pk", s("k"), "v", n(2)))
                    .returnValues(ReturnValue.ALL_OLD)
                    .build());

    assertThat(returned(first.attributes())).isNull();
    assertThat(second.attributes()).isEqualTo(item("pk", s("k"), "v", n(1)));
  }

  // Developer Guide Expressions.ConditionExpressions: attribute_not_exists guards a create.
  @Test
  void conditionalPut_onAnExistingItem_failsAndChangesNothing() {
    String table = createTable("cond_put", false);
    put(table, item("pk", s("k"), "v", n(1)));

    ConditionalCheckFailedException error =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                engine()
                    .putItem(
                        PutItemRequest.builder(table, item("pk", s("k"), "v", n(2)))
                            .condition(new Condition.AttributeNotExists(Path.of("pk")))
                            .build()));

    assertThat(error).hasMessageThat().isEqualTo("The conditional request failed");
    assertThat(get(table, key("k"))).isEqualTo(item("pk", s("k"), "v", n(1)));
  }

  // API ReturnValuesOnConditionCheckFailure ALL_OLD: the exception carries the item.
  @Test
  void failedCondition_withAllOld_carriesTheItem() {
    String table = createTable("cond_item", false);
    put(table, item("pk", s("k"), "v", n(1)));

    ConditionalCheckFailedException error =
        assertThrows(
            ConditionalCheckFailedException.class,
            () ->
                engine()
                    .deleteItem(
                        DeleteItemRequest.builder(table, key("k"))
                            .condition(compare("v", ComparisonOperator.GT, n(5)))
                            .returnValuesOnConditionCheckFailure(
                                ReturnValuesOnConditionCheckFailure.ALL_OLD)
                            .build()));

    if (has(Deviation.NO_ITEM_ON_CONDITIONAL_CHECK_FAILURE)) {
      assertThat(error.item()).isEmpty();
    } else {
      assertThat(error.item()).hasValue(item("pk", s("k"), "v", n(1)));
    }
  }

  // Developer Guide Expressions.UpdateExpressions: SET, REMOVE, ADD and DELETE in one update.
  @Test
  void updateExpression_appliesEveryClause() {
    String table = createTable("update", false);
    put(
        table,
        item(
            "pk",
            s("k"),
            "count",
            n(1),
            "gone",
            s("x"),
            "tags",
            AttributeValue.ss("a", "b"),
            "list",
            AttributeValue.l(n(1))));

    WriteResponse response =
        engine()
            .updateItem(
                UpdateItemRequest.builder(table, key("k"))
                    .update(
                        new UpdateExpression(
                            List.of(
                                new UpdateExpression.SetAction(
                                    Path.of("name"), literal(s("alice"))),
                                new UpdateExpression.SetAction(
                                    Path.of("list"),
                                    new UpdateValue.ListAppend(
                                        Path.of("list"), literal(AttributeValue.l(n(2))))),
                                new UpdateExpression.SetAction(
                                    Path.of("m"),
                                    new UpdateValue.IfNotExists(
                                        Path.of("m"), literal(AttributeValue.m(Map.of()))))),
                            List.of(Path.of("gone")),
                            List.of(
                                new UpdateExpression.AddAction(Path.of("count"), literal(n(41)))),
                            List.of(
                                new UpdateExpression.DeleteAction(
                                    Path.of("tags"), literal(AttributeValue.ss("a"))))))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build());

    Map<String, AttributeValue> expected =
        item(
            "pk",
            s("k"),
            "count",
            n(42),
            "tags",
            AttributeValue.ss("b"),
            "list",
            AttributeValue.l(n(1), n(2)),
            "name",
            s("alice"),
            "m",
            AttributeValue.m(Map.of()));
    assertThat(response.attributes()).isEqualTo(expected);
    assertThat(get(table, key("k"))).isEqualTo(expected);
  }

  // API UpdateItem: UpdateItem creates the item when absent (an upsert); UPDATED_OLD is empty then.
  @Test
  void updateOfAMissingItem_createsIt() {
    String table = createTable("upsert", true);

    WriteResponse response =
        engine()
            .updateItem(
                UpdateItemRequest.builder(table, key("new", 7))
                    .update(
                        new UpdateExpression(
                            List.of(new UpdateExpression.SetAction(Path.of("a"), literal(n(1)))),
                            List.of(),
                            List.of(),
                            List.of()))
                    .returnValues(ReturnValue.UPDATED_OLD)
                    .build());

    assertThat(returned(response.attributes())).isNull();
    assertThat(get(table, key("new", 7))).isEqualTo(item("pk", s("new"), "sk", n(7), "a", n(1)));
  }

  // API UpdateItem ReturnValues UPDATED_NEW: only the attributes the update wrote, new values.
  @Test
  void updatedNew_returnsOnlyTheWrittenAttributes() {
    String table = createTable("updated_new", false);
    put(table, item("pk", s("k"), "a", n(1), "b", n(2)));

    WriteResponse response =
        engine()
            .updateItem(
                UpdateItemRequest.builder(table, key("k"))
                    .update(
                        new UpdateExpression(
                            List.of(
                                new UpdateExpression.SetAction(
                                    Path.of("a"),
                                    new UpdateValue.Plus(Path.of("a"), literal(n(10))))),
                            List.of(),
                            List.of(),
                            List.of()))
                    .returnValues(ReturnValue.UPDATED_NEW)
                    .build());

    assertThat(response.attributes()).isEqualTo(item("a", n(11)));
  }

  // API DeleteItem: ReturnValues ALL_OLD returns the deleted item; the item is gone.
  @Test
  void deleteWithAllOld_returnsTheDeletedItem() {
    String table = createTable("delete", false);
    put(table, item("pk", s("k"), "v", s("x")));

    WriteResponse response =
        engine()
            .deleteItem(
                DeleteItemRequest.builder(table, key("k"))
                    .returnValues(ReturnValue.ALL_OLD)
                    .build());

    assertThat(response.attributes()).isEqualTo(item("pk", s("k"), "v", s("x")));
    assertThat(get(table, key("k"))).isNull();
  }

  // API GetItem ProjectionExpression: only the named paths, nested ones inside their parents.
  @Test
  void projection_returnsOnlyTheNamedPaths() {
    String table = createTable("projection", false);
    put(
        table,
        item(
            "pk",
            s("k"),
            "a",
            n(1),
            "b",
            n(2),
            "m",
            AttributeValue.m(Map.of("x", n(1), "y", n(2))),
            "l",
            AttributeValue.l(s("p"), s("q"))));

    GetItemResponse response =
        engine()
            .getItem(
                GetItemRequest.builder(table, key("k"))
                    .projection(
                        new Projection(
                            List.of(
                                Path.of("a"), Path.of("m").attribute("y"), Path.of("l").index(1))))
                    .build());

    assertThat(response.item())
        .isEqualTo(
            item(
                "a",
                n(1),
                "m",
                AttributeValue.m(Map.of("y", n(2))),
                "l",
                AttributeValue.l(s("q"))));
  }

  // API PutItem: "One or more parameter values were invalid: Missing the key pk in the item".
  @Test
  void itemWithoutItsKey_isValidationError() {
    String table = createTable("no_key", false);

    ValidationException error =
        assertThrows(ValidationException.class, () -> put(table, item("other", s("x"))));

    if (!has(Deviation.LOOSE_VALIDATION)) {
      assertThat(error)
          .hasMessageThat()
          .isEqualTo("One or more parameter values were invalid: Missing the key pk in the item");
    }
  }

  // API GetItem: "The provided key element does not match the schema".
  @Test
  void keyWithAWrongAttribute_isValidationError() {
    String table = createTable("bad_key", true);

    ValidationException error =
        assertThrows(ValidationException.class, () -> get(table, key("only-partition")));

    if (!has(Deviation.LOOSE_VALIDATION)) {
      assertThat(error)
          .hasMessageThat()
          .isEqualTo("The provided key element does not match the schema");
    }
  }

  // Developer Guide ServiceQuotas (attribute values): empty strings and binaries are allowed
  // outside keys.
  @Test
  void emptyStringOutsideTheKey_isStored() {
    String table = createTable("empty_string", false);
    Map<String, AttributeValue> item =
        item("pk", s("k"), "empty", s(""), "nested", AttributeValue.l(s("")));

    put(table, item);

    assertThat(get(table, key("k"))).isEqualTo(item);
  }

  // API PutItem: an empty string is not a valid key value (the message differs between sources).
  @Test
  void emptyStringAsTheKey_isValidationError() {
    String table = createTable("empty_key", false);

    assertThrows(ValidationException.class, () -> put(table, item("pk", s(""))));
  }

  // DynamoDB checks an item's 400 KB limit with the request's other values, before it looks the
  // table up (dynalite validations/putItem.js; Developer Guide ServiceQuotas, "Item size").
  @Test
  void tooLargeItem_forAMissingTable_isTheItemSizeError() {
    String missing = newTableName("absent_big");

    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> put(missing, item("pk", s("k"), "big", s("x".repeat(410_000)))));

    assertThat(error).hasMessageThat().isEqualTo("Item size has exceeded the maximum allowed size");
  }

  // Key attributes are scalars: an update may not read into one (dynalite db/index.js
  // validateKeyPaths, which copies DynamoDB's text).
  @Test
  void updateReadingIntoTheKey_isRejected() {
    String table = createTable("scalar_key", false);
    put(table, item("pk", s("k")));
    Path nested = Path.of("pk").attribute("x");

    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine()
                    .updateItem(
                        UpdateItemRequest.builder(table, key("k"))
                            .update(
                                new UpdateExpression(
                                    List.of(new UpdateExpression.SetAction(Path.of("v"), nested)),
                                    List.of(),
                                    List.of(),
                                    List.of()))
                            .build()));

    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Key attributes must be scalars; list random access '[]' and map lookup '.' are not"
                + " allowed: Key: pk");
    assertThat(get(table, key("k"))).isEqualTo(item("pk", s("k")));
  }

  // API PutItem: ResourceNotFoundException for a table that does not exist.
  @Test
  void writeToAMissingTable_isResourceNotFound() {
    String missing = newTableName("absent");

    assertThrows(ResourceNotFoundException.class, () -> put(missing, item("pk", s("k"))));
  }

  // API ReturnConsumedCapacity TOTAL: a write of a small item on demand costs 1 WCU.
  @Test
  void consumedCapacity_isReportedWhenAsked() {
    String table = createTable("capacity", false);

    WriteResponse asked =
        engine()
            .putItem(
                PutItemRequest.builder(table, item("pk", s("k")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build());
    WriteResponse unasked =
        engine().putItem(PutItemRequest.builder(table, item("pk", s("k"))).build());

    assertThat(asked.consumedCapacity().tableName()).isEqualTo(table);
    assertThat(asked.consumedCapacity().capacityUnits()).isEqualTo(1.0);
    if (reportsCapacityOnlyWhenAsked()) {
      assertThat(unasked.consumedCapacity()).isNull();
    }
  }
}
