package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TableStatus;
import io.keyspan.engine.table.TimeToLiveStatus;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ResourceInUseException;
import io.keyspan.exception.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CreateTable, DescribeTable, ListTables, DeleteTable and time to live. */
public abstract class TableContract extends EngineContract {

  // API CreateTable / DescribeTable: the description echoes the key schema and definitions.
  @Test
  void createdTable_isDescribedWithItsSchema() {
    String table = createTable("schema", true);

    TableDescription description = describe(table);

    assertThat(description.tableName()).isEqualTo(table);
    assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(description.keySchema())
        .containsExactly(KeySchemaElement.hash("pk"), KeySchemaElement.range("sk"))
        .inOrder();
    assertThat(description.partitionKey()).isEqualTo("pk");
    assertThat(description.sortKey()).hasValue("sk");
    assertThat(description.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(description.itemCount()).isEqualTo(0);
  }

  // API DescribeTable: GlobalSecondaryIndexes and LocalSecondaryIndexes with their projections.
  @Test
  void indexes_areDescribed() {
    String table = createIndexedTable("indexes");

    TableDescription description = describe(table);

    IndexDescription gsi = description.index("byGroup").orElseThrow();
    assertThat(gsi.global()).isTrue();
    assertThat(gsi.keySchema())
        .containsExactly(KeySchemaElement.hash("group"), KeySchemaElement.range("rank"))
        .inOrder();
    assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.ALL);
    IndexDescription lsi = description.index("byName").orElseThrow();
    assertThat(lsi.global()).isFalse();
    assertThat(lsi.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
  }

  // API CreateTable: ResourceInUseException when the table already exists.
  @Test
  void creatingAnExistingTable_isResourceInUse() {
    String table = createTable("twice", false);

    assertThrows(
        ResourceInUseException.class,
        () ->
            engine()
                .createTable(
                    new CreateTableRequest(
                        table,
                        describe(table).attributeDefinitions(),
                        describe(table).keySchema(),
                        List.of(),
                        List.of(),
                        BillingMode.PAY_PER_REQUEST,
                        null,
                        null,
                        null)));
  }

  // API DescribeTable: ResourceNotFoundException, "Requested resource not found" (+ detail).
  @Test
  void describingAMissingTable_isResourceNotFound() {
    ResourceNotFoundException error =
        assertThrows(ResourceNotFoundException.class, () -> describe(newTableName("missing")));

    assertThat(error).hasMessageThat().startsWith("Requested resource not found");
  }

  // API DeleteTable: the table is gone afterwards.
  @Test
  void deletedTable_isGone() {
    String table = createTable("deleted", false);

    TableDescription deleted = engine().deleteTable(new DeleteTableRequest(table));

    assertThat(deleted.tableName()).isEqualTo(table);
    assertThrows(ResourceNotFoundException.class, () -> describe(table));
  }

  // API ListTables: names in order, paged by Limit and LastEvaluatedTableName.
  @Test
  void listTables_pagesThroughTheNamesInOrder() {
    List<String> created =
        List.of(
            createTable("list_a", false),
            createTable("list_b", false),
            createTable("list_c", false));

    List<String> listed = new ArrayList<>();
    ListTablesRequest request = new ListTablesRequest(null, 2);
    while (true) {
      ListTablesResponse page = engine().listTables(request);
      assertThat(page.tableNames().size()).isAtMost(2);
      listed.addAll(page.tableNames());
      if (page.lastEvaluatedTableName() == null) {
        break;
      }
      request = new ListTablesRequest(page.lastEvaluatedTableName(), 2);
    }

    if (!has(Deviation.TABLES_LISTED_IN_CREATION_ORDER)) {
      assertThat(listed).isInOrder();
    }
    assertThat(listed).containsAtLeastElementsIn(created);
  }

  // API UpdateTimeToLive / DescribeTimeToLive.
  @Test
  void timeToLive_isEnabledOnAnAttribute() {
    String table = createTable("ttl", false);
    assertThat(engine().describeTimeToLive(new DescribeTimeToLiveRequest(table)).status())
        .isEqualTo(TimeToLiveStatus.DISABLED);
    if (has(Deviation.NO_TIME_TO_LIVE)) {
      KeyspanException error =
          assertThrows(
              KeyspanException.class,
              () -> engine().updateTimeToLive(new UpdateTimeToLiveRequest(table, "expires", true)));
      assertThat(error).hasMessageThat().contains("UnknownOperationException");
      return;
    }

    engine().updateTimeToLive(new UpdateTimeToLiveRequest(table, "expires", true));

    var ttl = engine().describeTimeToLive(new DescribeTimeToLiveRequest(table));
    assertThat(ttl.status()).isAnyOf(TimeToLiveStatus.ENABLING, TimeToLiveStatus.ENABLED);
    assertThat(ttl.attributeName()).isEqualTo("expires");
  }
}
