package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.value.AttributeValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Limits the engine checks itself, with DynamoDB's messages: provisioned units (Developer Guide
 * ServiceQuotas), index key shapes and sizes (Developer Guide HowItWorks.NamingRulesDataTypes: a
 * partition key value of at most 2048 bytes, a sort key value of at most 1024), and key conditions
 * (Developer Guide Query.KeyConditionExpressions).
 */
class RequestLimitsTest {
  private final MemoryEngine engine = engine();

  private static CreateTableRequest provisioned(
      ProvisionedThroughput throughput, List<GlobalSecondaryIndex> globals) {
    return new CreateTableRequest(
        "Provisioned",
        List.of(s("p"), s("g")),
        List.of(KeySchemaElement.hash("p")),
        globals,
        null,
        BillingMode.PROVISIONED,
        throughput,
        null,
        null);
  }

  @Test
  void provisionedUnits_aboveTheQuota_areOutOfBounds() {
    long tooMany = 1_000_000_000_001L;
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () ->
                        engine.createTable(
                            provisioned(ProvisionedThroughput.of(tooMany, 1), List.of())))
                .getMessage())
        .isEqualTo("Given value 1000000000001 for ReadCapacityUnits is out of bounds");
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () ->
                        engine.createTable(
                            provisioned(ProvisionedThroughput.of(1, tooMany), List.of())))
                .getMessage())
        .isEqualTo("Given value 1000000000001 for WriteCapacityUnits is out of bounds");
  }

  @Test
  void aGlobalIndexOfAProvisionedTable_needsItsOwnThroughput() {
    GlobalSecondaryIndex withoutThroughput =
        new GlobalSecondaryIndex(
            "ByG", List.of(KeySchemaElement.hash("g")), IndexProjection.ALL, null);
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () ->
                        engine.createTable(
                            provisioned(
                                ProvisionedThroughput.of(1, 1), List.of(withoutThroughput))))
                .getMessage())
        .isEqualTo(
            "One or more parameter values were invalid: ProvisionedThroughput must be specified"
                + " for index: ByG");
  }

  @Test
  void aLocalIndex_needsASortKey() {
    CreateTableRequest request =
        Fixtures.table(
            "Local",
            List.of(s("p"), n("s")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            List.of(),
            List.of(
                new LocalSecondaryIndex(
                    "ByP", List.of(KeySchemaElement.hash("p")), IndexProjection.ALL)));
    assertThat(assertThrows(ValidationException.class, () -> engine.createTable(request)))
        .hasMessageThat()
        .isEqualTo(
            "One or more parameter values were invalid: Index KeySchema does not have a range key"
                + " for index: ByP");
    assertThat(engine.listTables(ListTablesRequest.FIRST_PAGE).tableNames()).isEmpty();
  }

  @Test
  void indexKeyValues_haveTheSizeLimitOfTheirRole() {
    engine.createTable(
        Fixtures.table(
            "Indexed",
            List.of(s("p"), s("g"), s("r")),
            List.of(KeySchemaElement.hash("p")),
            List.of(
                new GlobalSecondaryIndex(
                    "ByGR",
                    List.of(KeySchemaElement.hash("g"), KeySchemaElement.range("r")),
                    IndexProjection.ALL,
                    null)),
            List.of()));
    String longText = "x".repeat(1500);

    put(engine, "Indexed", item("p", "a", "g", longText, "r", "short"));
    ValidationException sortTooLong =
        assertThrows(
            ValidationException.class,
            () ->
                engine.putItem(
                    PutItemRequest.builder("Indexed", item("p", "b", "g", "g", "r", longText))
                        .build()));

    assertThat(sortTooLong)
        .hasMessageThat()
        .contains("Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
    assertThat(Fixtures.get(engine, "Indexed", item("p", "b"))).isNull();
  }

  @Test
  void aBetweenKeyCondition_takesItsBoundsInOrder() {
    Fixtures.withSortedTable(engine);
    KeyCondition.Term partition =
        new KeyCondition.Compare("p", ComparisonOperator.EQ, new Literal(AttributeValue.s("a")));
    KeyCondition reversed =
        KeyCondition.of(
            partition,
            new KeyCondition.Between(
                "s", new Literal(AttributeValue.n(5)), new Literal(AttributeValue.n(1))));

    assertThat(
            assertThrows(
                ValidationException.class,
                () -> engine.query(QueryRequest.builder("Sorted", reversed).build())))
        .hasMessageThat()
        .startsWith(
            "Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be"
                + " greater than or equal to lower bound");
  }
}
