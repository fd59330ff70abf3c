package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.key;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TableStatus;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ResourceInUseException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.ItemSize;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable: API reference and the messages
 * of dynalite validations/createTable.js and updateTable.js (Developer Guide
 * HowItWorks.NamingRulesDataTypes, ServiceQuotas).
 */
class TableManagementTest {
  private final MemoryEngine engine = engine();

  private static final List<KeySchemaElement> HASH_P = List.of(KeySchemaElement.hash("p"));

  private static GlobalSecondaryIndex gsi(String name, String key) {
    return new GlobalSecondaryIndex(
        name, List.of(KeySchemaElement.hash(key)), IndexProjection.ALL, null);
  }

  @Test
  void createdTable_isActiveAndDescribed() {
    TableDescription created = engine.createTable(table("Users", List.of(s("p")), HASH_P));
    assertThat(created.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    TableDescription described = engine.describeTable(new DescribeTableRequest("Users"));
    assertThat(described.partitionKey()).isEqualTo("p");
    assertThat(described.sortKey()).isEmpty();
    assertThat(described.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(described.creationDateTime()).isEqualTo(Fixtures.START);
  }

  @Test
  void describe_countsItemsAndBytesExactly() {
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    put(engine, "Users", item("p", "a", "x", "yy"));
    put(engine, "Users", item("p", "b"));
    put(engine, "Users", item("p", "b", "z", 1));
    TableDescription described = engine.describeTable(new DescribeTableRequest("Users"));
    assertThat(described.itemCount()).isEqualTo(2);
    assertThat(described.tableSizeBytes())
        .isEqualTo(ItemSize.of(item("p", "a", "x", "yy")) + ItemSize.of(item("p", "b", "z", 1)));
  }

  @Test
  void existingTable_isResourceInUse() {
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    ResourceInUseException error =
        assertThrows(
            ResourceInUseException.class,
            () -> engine.createTable(table("Users", List.of(s("p")), HASH_P)));
    assertThat(error).hasMessageThat().isEqualTo("Table already exists: Users");
  }

  @Test
  void controlPlaneOnMissingTable_namesTheTable() {
    ResourceNotFoundException error =
        assertThrows(
            ResourceNotFoundException.class,
            () -> engine.describeTable(new DescribeTableRequest("Nope")));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("Requested resource not found: Table: Nope not found");
    assertThrows(
        ResourceNotFoundException.class, () -> engine.deleteTable(new DeleteTableRequest("Nope")));
  }

  @Test
  void deleteTable_describesItDeleting_andRemovesIt() {
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    assertThat(engine.deleteTable(new DeleteTableRequest("Users")).tableStatus())
        .isEqualTo(TableStatus.DELETING);
    assertThrows(
        ResourceNotFoundException.class,
        () -> engine.describeTable(new DescribeTableRequest("Users")));
  }

  @Test
  void listTables_pagesInNameOrder() {
    for (String name : List.of("ccc", "aaa", "bbb", "ddd")) {
      engine.createTable(table(name, List.of(s("p")), HASH_P));
    }
    ListTablesResponse first = engine.listTables(new ListTablesRequest(null, 3));
    assertThat(first.tableNames()).containsExactly("aaa", "bbb", "ccc").inOrder();
    assertThat(first.lastEvaluatedTableName()).isEqualTo("ccc");
    ListTablesResponse second = engine.listTables(new ListTablesRequest("ccc", 3));
    assertThat(second.tableNames()).containsExactly("ddd");
    assertThat(second.lastEvaluatedTableName()).isNull();
    ValidationException error =
        assertThrows(
            ValidationException.class, () -> engine.listTables(new ListTablesRequest(null, 101)));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint:"
                + " Member must have value less than or equal to 100");
  }

  // ------------------------------------------------------------------ CreateTable validation

  @Test
  void tableNameRules() {
    // ServiceQuotas naming rules: 3-255 characters of [a-zA-Z0-9_.-].
    assertCreateError(
        table("ab", List.of(s("p")), HASH_P),
        "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 3");
    assertCreateError(
        table("a".repeat(256), List.of(s("p")), HASH_P),
        "1 validation error detected: Value '"
            + "a".repeat(256)
            + "' at 'tableName' failed to"
            + " satisfy constraint: Member must have length less than or equal to 255");
    assertCreateError(
        table("bad name", List.of(s("p")), HASH_P),
        "1 validation error detected: Value 'bad name' at 'tableName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    engine.createTable(table("a".repeat(255), List.of(s("p")), HASH_P));
    engine.createTable(table("a_b.c-9", List.of(s("p")), HASH_P));
  }

  @Test
  void keyAttributesMustBeDefined_andDefinitionsUsed() {
    assertCreateError(
        table("Users", List.of(s("x")), HASH_P),
        "One or more parameter values were invalid: Some index key attributes are not defined in"
            + " AttributeDefinitions. Keys: [p], AttributeDefinitions: [x]");
    assertCreateError(
        table("Users", List.of(s("p"), s("x")), HASH_P),
        "One or more parameter values were invalid: Number of attributes in KeySchema does not"
            + " exactly match number of attributes defined in AttributeDefinitions");
    assertCreateError(
        table("Users", List.of(s("p"), s("g"), s("x")), HASH_P, List.of(gsi("ByG", "g")), null),
        "One or more parameter values were invalid: Some AttributeDefinitions are not used."
            + " AttributeDefinitions: [p, g, x], keys used: [p, g]");
  }

  @Test
  void keySchemaShapeRules() {
    assertCreateError(
        table("Users", List.of(s("p")), List.of(KeySchemaElement.range("p"))),
        "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    assertCreateError(
        table(
            "Users",
            List.of(s("p"), s("q")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.hash("q"))),
        "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    assertCreateError(
        table(
            "Users",
            List.of(s("p"), s("q")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("p"))),
        "Both the Hash Key and the Range Key element in the KeySchema have the same name");
  }

  @Test
  void moreKeysThanDefinitions_isCheckedFirst() {
    // dynalite validations/createTable.js checks the counts before the names.
    assertCreateError(
        table(
            "Users",
            List.of(s("p")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("p"))),
        "Invalid KeySchema: Some index key attribute have no definition");
  }

  @Test
  void billingRules() {
    assertCreateError(
        new CreateTableRequest(
            "Users",
            List.of(s("p")),
            HASH_P,
            null,
            null,
            BillingMode.PROVISIONED,
            null,
            null,
            null),
        "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits"
            + " must both be specified when BillingMode is PROVISIONED");
    assertCreateError(
        new CreateTableRequest(
            "Users",
            List.of(s("p")),
            HASH_P,
            null,
            null,
            BillingMode.PAY_PER_REQUEST,
            ProvisionedThroughput.of(1, 1),
            null,
            null),
        "One or more parameter values were invalid: Neither ReadCapacityUnits nor"
            + " WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    assertCreateError(
        new CreateTableRequest(
            "Users",
            List.of(s("p")),
            HASH_P,
            null,
            null,
            BillingMode.PROVISIONED,
            ProvisionedThroughput.of(0, 1),
            null,
            null),
        "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 1");
    TableDescription provisioned =
        engine.createTable(
            new CreateTableRequest(
                "Users",
                List.of(s("p")),
                HASH_P,
                null,
                null,
                BillingMode.PROVISIONED,
                ProvisionedThroughput.of(5, 5),
                null,
                null));
    assertThat(provisioned.provisionedThroughput()).isEqualTo(ProvisionedThroughput.of(5, 5));
  }

  @Test
  void exactLimits_areAccepted() {
    // API ProvisionedThroughput: 1 to 10^12 units
    // (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html);
    // ServiceQuotas: 5 local and 20 global secondary indexes per table.
    for (long units : List.of(1L, 1_000_000_000_000L)) {
      TableDescription created =
          engine.createTable(
              new CreateTableRequest(
                  "Units" + units,
                  List.of(s("p")),
                  HASH_P,
                  null,
                  null,
                  BillingMode.PROVISIONED,
                  ProvisionedThroughput.of(units, units),
                  null,
                  null));
      assertThat(created.provisionedThroughput()).isEqualTo(ProvisionedThroughput.of(units, units));
    }
    List<LocalSecondaryIndex> five = new ArrayList<>();
    List<AttributeDefinition> sortedDefinitions = new ArrayList<>(List.of(s("p"), n("s")));
    for (int i = 0; i < 5; i++) {
      five.add(lsi("Local" + i, "p", "c" + i));
      sortedDefinitions.add(s("c" + i));
    }
    List<KeySchemaElement> sorted =
        List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s"));
    assertThat(
            engine
                .createTable(table("Locals", sortedDefinitions, sorted, null, five))
                .localSecondaryIndexes())
        .hasSize(5);
    List<GlobalSecondaryIndex> twenty = new ArrayList<>();
    List<AttributeDefinition> definitions = new ArrayList<>(List.of(s("p")));
    for (int i = 0; i < 20; i++) {
      twenty.add(gsi("Global" + i, "g" + i));
      definitions.add(s("g" + i));
    }
    assertThat(
            engine
                .createTable(table("Globals", definitions, HASH_P, twenty, null))
                .globalSecondaryIndexes())
        .hasSize(20);
  }

  @Test
  void localIndexRules() {
    List<KeySchemaElement> sorted =
        List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s"));
    assertCreateError(
        table("Users", List.of(s("p"), s("c")), HASH_P, null, List.of(lsi("ByC", "p", "c"))),
        "One or more parameter values were invalid: Table KeySchema does not have a range key,"
            + " which is required when specifying a LocalSecondaryIndex");
    assertCreateError(
        table(
            "Users",
            List.of(s("p"), n("s"), s("c"), s("q")),
            sorted,
            null,
            List.of(lsi("ByC", "q", "c"))),
        "One or more parameter values were invalid: Index KeySchema does not have the same"
            + " leading hash key as table KeySchema for index: ByC. index hash key: q, table hash"
            + " key: p");
    List<LocalSecondaryIndex> six = new ArrayList<>();
    List<AttributeDefinition> definitions = new ArrayList<>(List.of(s("p"), n("s")));
    for (int i = 0; i < 6; i++) {
      six.add(lsi("Index" + i, "p", "c" + i));
      definitions.add(s("c" + i));
    }
    assertCreateError(
        table("Users", definitions, sorted, null, six),
        "One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds"
            + " per-table limit of 5");
  }

  private static LocalSecondaryIndex lsi(String name, String hash, String range) {
    return new LocalSecondaryIndex(
        name,
        List.of(KeySchemaElement.hash(hash), KeySchemaElement.range(range)),
        IndexProjection.KEYS_ONLY);
  }

  @Test
  void globalIndexRules() {
    List<GlobalSecondaryIndex> many = new ArrayList<>();
    List<AttributeDefinition> definitions = new ArrayList<>(List.of(s("p")));
    IntStream.range(0, 21)
        .forEach(
            i -> {
              many.add(gsi("Index" + i, "g" + i));
              definitions.add(s("g" + i));
            });
    assertCreateError(
        table("Users", definitions, HASH_P, many, null),
        "One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the"
            + " per-table limit of 20");
    assertCreateError(
        table(
            "Users",
            List.of(s("p"), s("g")),
            HASH_P,
            List.of(gsi("Same", "g"), gsi("Same", "g")),
            null),
        "One or more parameter values were invalid: Duplicate index name: Same");
    assertCreateError(
        table(
            "Users",
            List.of(s("p"), s("g")),
            HASH_P,
            List.of(
                new GlobalSecondaryIndex(
                    "ByG",
                    List.of(KeySchemaElement.hash("g")),
                    new IndexProjection(
                        io.keyspan.engine.table.ProjectionType.KEYS_ONLY, List.of("x")),
                    null)),
            null),
        "One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but"
            + " NonKeyAttributes is specified");
    assertCreateError(
        new CreateTableRequest(
            "Users",
            List.of(s("p"), s("g")),
            HASH_P,
            List.of(
                new GlobalSecondaryIndex(
                    "ByG",
                    List.of(KeySchemaElement.hash("g")),
                    IndexProjection.ALL,
                    ProvisionedThroughput.of(1, 1))),
            null,
            BillingMode.PAY_PER_REQUEST,
            null,
            null,
            null),
        "One or more parameter values were invalid: ProvisionedThroughput should not be"
            + " specified for index: ByG when BillingMode is PAY_PER_REQUEST");
  }

  private void assertCreateError(CreateTableRequest request, String message) {
    assertError(() -> engine.createTable(request), message);
    assertThat(engine.listTables(ListTablesRequest.FIRST_PAGE).tableNames())
        .doesNotContain(request.tableName());
  }

  private static void assertError(Supplier<?> call, String message) {
    KeyspanException error = assertThrows(KeyspanException.class, call::get);
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  // ------------------------------------------------------------------ UpdateTable

  @Test
  void updateTable_createsABackfilledGsi_thenDeletesIt() {
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    put(engine, "Users", item("p", "a", "email", "a@x"));
    put(engine, "Users", item("p", "b"));
    TableDescription updated =
        engine.updateTable(
            new UpdateTableRequest(
                "Users",
                List.of(s("email")),
                null,
                null,
                List.of(new GlobalSecondaryIndexUpdate.Create(gsi("ByEmail", "email")))));
    assertThat(updated.globalSecondaryIndexes()).hasSize(1);
    assertThat(updated.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
    assertThat(
            engine
                .query(
                    QueryRequest.builder("Users", key("email = :v0", "a@x"))
                        .indexName("ByEmail")
                        .build())
                .items())
        .containsExactly(item("p", "a", "email", "a@x"));
    TableDescription dropped =
        engine.updateTable(
            new UpdateTableRequest(
                "Users",
                null,
                null,
                null,
                List.of(new GlobalSecondaryIndexUpdate.Delete("ByEmail"))));
    assertThat(dropped.globalSecondaryIndexes()).isEmpty();
    assertThat(dropped.attributeDefinitions()).containsExactly(s("p"));
  }

  @Test
  void newGsi_leavesOutItemsWhoseIndexKeyHasAnotherType() {
    // Developer Guide GSI.OnlineOps: items that violate the new index's key type are not indexed.
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    put(engine, "Users", item("p", "a", "email", "a@x"));
    put(engine, "Users", item("p", "b", "email", 42));
    put(engine, "Users", item("p", "c", "email", ""));
    TableDescription updated =
        engine.updateTable(
            new UpdateTableRequest(
                "Users",
                List.of(s("email")),
                null,
                null,
                List.of(new GlobalSecondaryIndexUpdate.Create(gsi("ByEmail", "email")))));
    assertThat(updated.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
  }

  @Test
  void updateTable_switchesBilling() {
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    TableDescription provisioned =
        engine.updateTable(
            new UpdateTableRequest(
                "Users", null, BillingMode.PROVISIONED, ProvisionedThroughput.of(3, 4), null));
    assertThat(provisioned.billingMode()).isEqualTo(BillingMode.PROVISIONED);
    assertThat(provisioned.provisionedThroughput()).isEqualTo(ProvisionedThroughput.of(3, 4));
    assertError(
        () ->
            engine.updateTable(
                new UpdateTableRequest("Users", null, null, ProvisionedThroughput.of(3, 4), null)),
        "The provisioned throughput for the table will not change. The requested value equals the"
            + " current value. Current ReadCapacityUnits provisioned for the table: 3. Requested"
            + " ReadCapacityUnits: 3. Current WriteCapacityUnits provisioned for the table: 4."
            + " Requested WriteCapacityUnits: 4. Refer to the Amazon DynamoDB Developer Guide for"
            + " current limits and how to request higher limits.");
  }

  @Test
  void updateTable_withNothingToChange_isRejected() {
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    assertError(
        () -> engine.updateTable(new UpdateTableRequest("Users", null, null, null, null)),
        "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
            + " GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
  }

  @Test
  void updateTable_deletingAMissingIndex_isResourceNotFound() {
    engine.createTable(table("Users", List.of(s("p")), HASH_P));
    assertThrows(
        ResourceNotFoundException.class,
        () ->
            engine.updateTable(
                new UpdateTableRequest(
                    "Users",
                    null,
                    null,
                    null,
                    List.of(new GlobalSecondaryIndexUpdate.Delete("Nope")))));
  }
}
