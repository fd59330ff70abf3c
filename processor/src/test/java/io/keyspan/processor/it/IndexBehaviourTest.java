package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.repository.Explanation;
import io.keyspan.repository.SortKeyCondition;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Global and local index queries, and explain() of reads, on the in-memory engine. */
class IndexBehaviourTest {
  private final Keyspan db = Keyspan.inMemory();
  private final OrderRepository orders = new OrderRepository(db);

  @AfterEach
  void close() {
    db.close();
  }

  private void fill() {
    orders.createTable();
    orders.put(new Order("ann", "o1", Order.Status.NEW, LocalDate.of(2024, 5, 3), 30, "fragile"));
    orders.put(new Order("ann", "o2", Order.Status.SHIPPED, LocalDate.of(2024, 4, 1), 10, null));
    orders.put(new Order("ann", "o3", Order.Status.NEW, LocalDate.of(2024, 5, 1), 20, null));
    orders.put(new Order("bob", "o4", Order.Status.NEW, LocalDate.of(2024, 6, 1), 40, null));
  }

  @Test
  void createTable_declaresTheGlobalAndLocalIndexes() {
    TableDescription table = orders.createTable();
    assertThat(table.globalSecondaryIndexes().get(0).indexName()).isEqualTo("ByStatus");
    assertThat(table.globalSecondaryIndexes().get(0).projection().projectionType())
        .isEqualTo(ProjectionType.INCLUDE);
    assertThat(table.globalSecondaryIndexes().get(0).projection().nonKeyAttributes())
        .containsExactly("total");
    assertThat(table.localSecondaryIndexes().get(0).indexName()).isEqualTo("ByDate");
  }

  @Test
  void globalIndex_queriesByStatusInDateOrder_withItsSortKeyCondition() {
    fill();
    List<Order> fresh =
        orders.queryByStatus(Order.Status.NEW).sortKey(date -> date.beginsWith("2024-05")).list();
    assertThat(fresh.stream().map(Order::orderId).toList()).containsExactly("o3", "o1").inOrder();
    assertThat(fresh.get(0).note()).isNull();
    assertThat(fresh.get(0).total()).isEqualTo(20);
  }

  @Test
  void sortKeyConditionOfAnotherQuery_isRejected() {
    // The compiler keeps each query to its own sort key; a condition smuggled out of another
    // query's lambda is still caught when the query is built.
    SortKeyCondition[] byDate = new SortKeyCondition[1];
    orders.queryByDate("ann").sortKey(date -> byDate[0] = date.lt(LocalDate.of(2024, 5, 2)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> orders.query("ann").sortKey(orderId -> byDate[0]));
    assertThat(e).hasMessageThat().startsWith("The sort key of this query is orderId, not date");
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ProductRepository(db).query("sku-1").sortKey(noSortKey -> byDate[0]));
    assertThat(none).hasMessageThat().isEqualTo("The table Products has no sort key");
  }

  @Test
  void localIndex_queriesACustomerByDate() {
    fill();
    List<Order> byDate = orders.queryByDate("ann").descending().list();
    assertThat(byDate.stream().map(Order::orderId).toList())
        .containsExactly("o1", "o3", "o2")
        .inOrder();
    assertThat(orders.queryByDate("ann").sortKey(date -> date.lt(LocalDate.of(2024, 5, 2))).count())
        .isEqualTo(2);
  }

  @Test
  void explainOfGetDeleteAndScan_showsTheRequestWithoutRunningIt() {
    Explanation get =
        orders.getOperation("ann", "o1").project(OrderSchema.TOTAL).consistentRead().explain();
    assertThat(get.operation()).isEqualTo("GetItem");
    assertThat(get.expression("ProjectionExpression")).hasValue("#n0");
    assertThat(get.names()).containsExactly("#n0", "total");
    assertThat(((GetItemRequest) get.request()).consistentRead()).isTrue();

    Explanation delete =
        orders.deleteOperation("ann", "o1").when(OrderSchema.NOTE.notExists()).explain();
    assertThat(delete.expression("ConditionExpression")).hasValue("attribute_not_exists(#n0)");

    Explanation scan =
        orders.scanIndex("ByStatus").filter(OrderSchema.TOTAL.ge(10L)).segment(1, 4).explain();
    assertThat(scan.indexName()).hasValue("ByStatus");
    assertThat(scan.expression("FilterExpression")).hasValue("#n0 >= :v0");
    assertThat(((ScanRequest) scan.request()).segment()).isEqualTo(1);
  }

  @Test
  void incrementalProcessing_isDeclaredForGradle() throws Exception {
    // Aggregating: the ServiceLoader registry of declared repositories and the per-table
    // access-pattern reports each combine several source types, which isolating forbids.
    try (var in =
        getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo("io.keyspan.processor.KeyspanProcessor,aggregating");
    }
  }
}
