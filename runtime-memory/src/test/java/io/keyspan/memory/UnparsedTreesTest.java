package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.get;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.key;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.withHashTable;
import static io.keyspan.memory.Fixtures.withSortedTable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Expression trees built in code, never parsed, get the checks DynamoDB applies to the text on
 * every operation: a document path of 33 levels is refused (Developer Guide, ServiceQuotas: "up to
 * 32 levels deep",
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html), before any
 * item is read or written.
 */
class UnparsedTreesTest {
  private final MemoryEngine engine = withSortedTable(withHashTable(Fixtures.engine()));

  private static final Path TOO_DEEP = tooDeep();
  private static final Condition DEEP_CONDITION = new Condition.AttributeExists(TOO_DEEP);
  private static final Projection DEEP_PROJECTION = new Projection(List.of(TOO_DEEP));

  private static Path tooDeep() {
    Path path = Path.of("a");
    for (int i = 0; i < 32; i++) {
      path = path.attribute("b");
    }
    return path;
  }

  private static void assertTooDeep(String kind, Executable call) {
    ValidationException error = assertThrows(ValidationException.class, call);
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Invalid "
                + kind
                + ": The document path has too many nesting levels; nesting levels: 33");
  }

  @Test
  void singleItemOperations_checkTheirConditionAndProjection() {
    put(engine, "Hashed", item("p", "a", "n", 1));
    assertTooDeep(
        "ProjectionExpression",
        () ->
            engine.getItem(
                GetItemRequest.builder("Hashed", item("p", "a"))
                    .projection(DEEP_PROJECTION)
                    .build()));
    assertTooDeep(
        "ConditionExpression",
        () ->
            engine.updateItem(
                UpdateItemRequest.builder("Hashed", item("p", "a"))
                    .update(Fixtures.update("SET n = :v0", 2))
                    .condition(DEEP_CONDITION)
                    .build()));
    assertTooDeep(
        "ConditionExpression",
        () ->
            engine.putItem(
                PutItemRequest.builder("Hashed", item("p", "a", "n", 2))
                    .condition(DEEP_CONDITION)
                    .build()));
    assertTooDeep(
        "ProjectionExpression",
        () ->
            engine.batchGetItem(
                new BatchGetItemRequest(
                    java.util.Map.of(
                        "Hashed",
                        new KeysAndAttributes(List.of(item("p", "a")), DEEP_PROJECTION, false)),
                    null)));
    assertTooDeep(
        "ConditionExpression",
        () ->
            engine.deleteItem(
                DeleteItemRequest.builder("Hashed", item("p", "a"))
                    .condition(DEEP_CONDITION)
                    .build()));
    assertThat(get(engine, "Hashed", item("p", "a"))).isEqualTo(item("p", "a", "n", 1));
  }

  @Test
  void queryAndScan_checkFilterProjectionAndKeyCondition() {
    put(engine, "Sorted", item("p", "a", "s", 1));
    QueryRequest.Builder query = QueryRequest.builder("Sorted", key("p = :v0", "a"));
    assertTooDeep("FilterExpression", () -> engine.query(query.filter(DEEP_CONDITION).build()));
    assertTooDeep(
        "ProjectionExpression",
        () ->
            engine.query(
                QueryRequest.builder("Sorted", key("p = :v0", "a"))
                    .projection(DEEP_PROJECTION)
                    .build()));
    assertTooDeep(
        "FilterExpression",
        () -> engine.scan(ScanRequest.builder("Sorted").filter(DEEP_CONDITION).build()));
    assertTooDeep(
        "ProjectionExpression",
        () -> engine.scan(ScanRequest.builder("Sorted").projection(DEEP_PROJECTION).build()));
    // A key condition built in code with <>, which the text's grammar cannot express.
    KeyCondition notEqual =
        KeyCondition.of(
            new KeyCondition.Compare(
                "p", ComparisonOperator.NE, new Literal(AttributeValue.s("a"))));
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine.query(QueryRequest.builder("Sorted", notEqual).build()));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("Invalid operator used in KeyConditionExpression: <>");
  }

  @Test
  void keyConditionOnAnotherAttribute_namesTheMissingKey() {
    // API Query: the key condition must name the partition key, and a second term the sort key.
    KeyCondition.Term partition =
        new KeyCondition.Compare("p", ComparisonOperator.EQ, new Literal(AttributeValue.s("a")));
    KeyCondition.Term other =
        new KeyCondition.Compare("x", ComparisonOperator.EQ, new Literal(AttributeValue.n(1)));
    ValidationException onSorted =
        assertThrows(
            ValidationException.class,
            () ->
                engine.query(
                    QueryRequest.builder("Sorted", KeyCondition.of(partition, other)).build()));
    assertThat(onSorted).hasMessageThat().isEqualTo("Query condition missed key schema element: s");
    ValidationException onHashed =
        assertThrows(
            ValidationException.class,
            () ->
                engine.query(
                    QueryRequest.builder("Hashed", KeyCondition.of(partition, other)).build()));
    assertThat(onHashed).hasMessageThat().isEqualTo("Query key condition not supported");
  }

  @Test
  void transactions_checkEveryActionsConditionAndEveryGetsProjection() {
    assertTooDeep(
        "ConditionExpression",
        () ->
            engine.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(
                        new TransactWriteItem.Put("Hashed", item("p", "b"), null, null),
                        new TransactWriteItem.ConditionCheck(
                            "Hashed", item("p", "a"), DEEP_CONDITION, null)),
                    null,
                    null)));
    assertThat(get(engine, "Hashed", item("p", "b"))).isNull();
    assertTooDeep(
        "ProjectionExpression",
        () ->
            engine.transactGetItems(
                new TransactGetItemsRequest(
                    List.of(new TransactGetItem("Hashed", item("p", "a"), DEEP_PROJECTION)),
                    null)));
  }

  @Test
  void transactGetItems_takesOneTo100Gets() {
    // API TransactGetItems: TransactItems holds 1 to 100 items
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html).
    assertThrows(
        ValidationException.class,
        () -> engine.transactGetItems(new TransactGetItemsRequest(List.of(), null)));
    List<TransactGetItem> gets = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      gets.add(new TransactGetItem("Hashed", item("p", "k" + i), null));
    }
    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine.transactGetItems(new TransactGetItemsRequest(gets, null)));
    assertThat(error).hasMessageThat().contains("have length less than or equal to 100");
  }
}
