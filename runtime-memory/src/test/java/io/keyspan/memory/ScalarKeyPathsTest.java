package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.condition;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.filter;
import static io.keyspan.memory.Fixtures.get;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.ValidationException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Key attributes are scalars: an update expression or a Scan filter that reaches into one with
 * {@code .} or {@code [n]} is a ValidationException, while a write's condition may (it is false).
 * The behaviour and texts are dynalite's (db/index.js validateKeyPaths), which copies DynamoDB's;
 * the API reference does not print them.
 */
class ScalarKeyPathsTest {
  private static final String SCALARS =
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ";

  private final MemoryEngine engine = engine();

  @BeforeEach
  void createOrders() {
    engine.createTable(
        Fixtures.table(
            "Orders",
            List.of(s("p"), n("s"), s("tag")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            List.of(
                new GlobalSecondaryIndex(
                    "ByTag", List.of(KeySchemaElement.hash("tag")), IndexProjection.ALL, null)),
            List.of()));
    put(engine, "Orders", item("p", "a", "s", 1, "tag", "t", "v", 1));
  }

  @Test
  void updateReadingIntoATableKey_isRejected_naming_Key() {
    assertRejected(
        () ->
            engine.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("SET v = p.x"))
                    .build()),
        SCALARS + "Key: p");
  }

  @Test
  void updateWritingIntoATableKey_isTheKeyUpdateError_whichDynamoDbChecksFirst() {
    assertRejected(
        () ->
            engine.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("SET p.x = :v0", 2))
                    .build()),
        "One or more parameter values were invalid: Cannot update attribute p. This attribute is"
            + " part of the key");
  }

  @Test
  void updateWritingIntoAnIndexKey_isRejected_naming_IndexKey() {
    assertRejected(
        () ->
            engine.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("SET tag.x = :v0", 2))
                    .build()),
        SCALARS + "IndexKey: tag");
  }

  @Test
  void aScanFilterReadingIntoAKey_isRejected() {
    assertRejected(
        () -> engine.scan(ScanRequest.builder("Orders").filter(filter("p.x = :v0", 1)).build()),
        SCALARS + "Key: p");
    assertRejected(
        () ->
            engine.scan(
                ScanRequest.builder("Orders").filter(filter("attribute_exists(tag[0])")).build()),
        SCALARS + "IndexKey: tag");
  }

  @Test
  void aWriteConditionReadingIntoAKey_isAccepted_andIsFalse() {
    // dynalite answers these with ConditionalCheckFailed: a string key has no member x.
    assertThrows(
        ConditionalCheckFailedException.class,
        () ->
            engine.putItem(
                PutItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .condition(condition("attribute_exists(s[0])"))
                    .build()));
    assertThrows(
        ConditionalCheckFailedException.class,
        () ->
            engine.deleteItem(
                DeleteItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .condition(condition("tag.x = :v0", 1))
                    .build()));
    assertThrows(
        TransactionCanceledException.class,
        () ->
            engine.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(
                        new TransactWriteItem.ConditionCheck(
                            "Orders", item("p", "a", "s", 1), condition("p.x = :v0", 1), null)),
                    null,
                    null)));
    assertThat(get(engine, "Orders", item("p", "a", "s", 1)))
        .isEqualTo(item("p", "a", "s", 1, "tag", "t", "v", 1));
  }

  @Test
  void nestedPathsOnOtherAttributes_andWholeKeyAttributes_areAccepted() {
    engine.updateItem(
        UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
            .update(update("SET m = :v0, w = tag", 5))
            .condition(condition("p = :v0 AND attribute_not_exists(v.x)", "a"))
            .build());
    assertThat(get(engine, "Orders", item("p", "a", "s", 1)))
        .isEqualTo(item("p", "a", "s", 1, "tag", "t", "v", 1, "m", 5, "w", "t"));
  }

  private void assertRejected(Executable write, String message) {
    ValidationException error = assertThrows(ValidationException.class, write);
    assertThat(error).hasMessageThat().isEqualTo(message);
    assertThat(get(engine, "Orders", item("p", "a", "s", 1)))
        .isEqualTo(item("p", "a", "s", 1, "tag", "t", "v", 1));
  }
}
