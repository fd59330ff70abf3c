package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableDefinitionTest {
  private static final TableDefinition ORDERS =
      TableDefinition.builder("Orders", KeyDefinition.of("Customer", ScalarAttributeType.S))
          .sortKey(KeyDefinition.of("OrderId", ScalarAttributeType.S))
          .provisioned(10, 4)
          .index(
              IndexDefinition.global(
                  "ByStatus",
                  KeyDefinition.of("Status", ScalarAttributeType.S),
                  KeyDefinition.of("Total", ScalarAttributeType.N),
                  IndexProjection.KEYS_ONLY,
                  null))
          .index(
              IndexDefinition.global(
                  "ByRegion",
                  KeyDefinition.of("Region", ScalarAttributeType.S),
                  null,
                  IndexProjection.ALL,
                  ProvisionedThroughput.of(2, 1)))
          .index(
              IndexDefinition.local(
                  "ByDate",
                  KeyDefinition.of("Customer", ScalarAttributeType.S),
                  KeyDefinition.of("Date", ScalarAttributeType.S),
                  IndexProjection.ALL))
          .build();

  @Test
  void createTableRequest_definesEachKeyAttributeOnce_andGivesGlobalIndexesCapacity() {
    CreateTableRequest request = ORDERS.toCreateTableRequest("dev_Orders");
    assertThat(request.tableName()).isEqualTo("dev_Orders");
    assertThat(request.attributeDefinitions())
        .containsExactly(
            new AttributeDefinition("Customer", ScalarAttributeType.S),
                new AttributeDefinition("OrderId", ScalarAttributeType.S),
            new AttributeDefinition("Status", ScalarAttributeType.S),
                new AttributeDefinition("Total", ScalarAttributeType.N),
            new AttributeDefinition("Region", ScalarAttributeType.S),
                new AttributeDefinition("Date", ScalarAttributeType.S))
        .inOrder();
    assertThat(request.keySchema())
        .containsExactly(KeySchemaElement.hash("Customer"), KeySchemaElement.range("OrderId"))
        .inOrder();
    assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput())
        .isEqualTo(ProvisionedThroughput.of(10, 4));
    assertThat(request.globalSecondaryIndexes().get(1).provisionedThroughput())
        .isEqualTo(ProvisionedThroughput.of(2, 1));
    assertThat(request.localSecondaryIndexes().get(0).indexName()).isEqualTo("ByDate");
    assertThat(request.billingMode()).isEqualTo(BillingMode.PROVISIONED);
  }

  @Test
  void onDemandTable_hasNoThroughputAnywhere() {
    TableDefinition users =
        TableDefinition.builder("Users", KeyDefinition.of("Id", ScalarAttributeType.S))
            .onDemand()
            .index(
                IndexDefinition.global(
                    "ByMail",
                    KeyDefinition.of("Mail", ScalarAttributeType.S),
                    null,
                    IndexProjection.ALL,
                    null))
            .build();
    CreateTableRequest request = users.toCreateTableRequest("Users");
    assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(request.provisionedThroughput()).isNull();
    assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput()).isNull();
  }

  @Test
  void multiAttributeGlobalIndex_keySchemaListsItsHashThenRangeAttributesInKeyOrder() {
    TableDefinition matches =
        TableDefinition.builder("Matches", KeyDefinition.of("Id", ScalarAttributeType.S))
            .onDemand()
            .index(
                IndexDefinition.global(
                    "ByBracket",
                    List.of(
                        KeyDefinition.of("Tournament", ScalarAttributeType.S),
                        KeyDefinition.of("Region", ScalarAttributeType.S)),
                    List.of(
                        KeyDefinition.of("Round", ScalarAttributeType.N),
                        KeyDefinition.of("Bracket", ScalarAttributeType.S)),
                    IndexProjection.ALL,
                    null))
            .build();
    CreateTableRequest request = matches.toCreateTableRequest("Matches");
    assertThat(request.globalSecondaryIndexes().get(0).keySchema())
        .containsExactly(
            KeySchemaElement.hash("Tournament"),
            KeySchemaElement.hash("Region"),
            KeySchemaElement.range("Round"),
            KeySchemaElement.range("Bracket"))
        .inOrder();
    assertThat(request.attributeDefinitions())
        .contains(new AttributeDefinition("Round", ScalarAttributeType.N));
    Map<String, AttributeValue> item =
        Map.of(
            "Id", AttributeValue.s("m1"),
            "Tournament", AttributeValue.s("w24"),
            "Region", AttributeValue.s("eu"),
            "Round", AttributeValue.n(2),
            "Bracket", AttributeValue.s("upper"));
    assertThat(matches.positionOf(matches.index("ByBracket"), item).keySet())
        .containsExactly("Tournament", "Region", "Round", "Bracket", "Id")
        .inOrder();
  }

  @Test
  void positionInAnIndex_holdsTheIndexAndTableKeys() {
    Map<String, AttributeValue> item =
        Map.of(
            "Customer",
            AttributeValue.s("c"),
            "OrderId",
            AttributeValue.s("o"),
            "Status",
            AttributeValue.s("new"),
            "Total",
            AttributeValue.n(5),
            "Note",
            AttributeValue.s("x"));
    assertThat(ORDERS.positionOf(ORDERS.index("ByStatus"), item).keySet())
        .containsExactly("Status", "Total", "Customer", "OrderId");
    assertThat(ORDERS.positionOf(Optional.empty(), item).keySet())
        .containsExactly("Customer", "OrderId");
  }
}
