package io.keyspan.processor.it.declared;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.repository.Page;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated declared repositories: the Query and Scan requests their methods send, with the call's
 * values bound into the constant trees, and how responses become results.
 */
class DeclaredRepositoryTest {
  private final List<Object> requests = new ArrayList<>();
  private final List<PageResponse> responses = new ArrayList<>();
  private final Engine engine =
      (Engine)
          Proxy.newProxyInstance(
              Engine.class.getClassLoader(),
              new Class<?>[] {Engine.class},
              (proxy, method, arguments) -> {
                if (method.getName().equals("close")) {
                  return null;
                }
                requests.add(arguments[0]);
                return responses.isEmpty()
                    ? new PageResponse(List.of(), 0, 0, null, null)
                    : responses.remove(0);
              });
  private final Keyspan db = Keyspan.builder().engine(engine).tableNamePrefix("test_").build();
  private final OrderQueries orders = db.repository(OrderQueries.class);

  private static Map<String, AttributeValue> item(String customer, String order, long total) {
    return OrderSchema.instance()
        .toItem(new Order(customer, order, "OPEN", "2026-01-01", total, Set.of("a")));
  }

  private void respond(
      List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey) {
    responses.add(new PageResponse(items, items.size(), items.size(), lastEvaluatedKey, null));
  }

  private static Map<String, AttributeValue> key(String customer, String order) {
    return Map.of("CustomerID", AttributeValue.s(customer), "OrderID", AttributeValue.s(order));
  }

  private static Literal s(String value) {
    return new Literal(AttributeValue.s(value));
  }

  private static Literal n(long value) {
    return new Literal(AttributeValue.n(value));
  }

  @Test
  void repository_isResolvedThroughTheGeneratedFactory_oncePerHandle() {
    assertThat(orders).isInstanceOf(OrderQueries_Impl.class);
    assertThat(db.repository(OrderQueries.class)).isSameInstanceAs(orders);
  }

  @Test
  void repositoryOfAnInterfaceWithoutGeneratedImplementation_explainsWhatIsMissing() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> db.repository(Runnable.class));
    assertThat(error)
        .hasMessageThat()
        .contains("No generated implementation of java.lang.Runnable");
  }

  @Test
  void generatedImplementation_isInjectable() throws NoSuchMethodException {
    assertThat(OrderQueries_Impl.class.isAnnotationPresent(jakarta.inject.Singleton.class))
        .isTrue();
    assertThat(
            OrderQueries_Impl.class
                .getConstructor(Keyspan.class)
                .isAnnotationPresent(jakarta.inject.Inject.class))
        .isTrue();
  }

  @Test
  void daggerInjectsTheGeneratedImplementation_asASingleton() {
    OrderComponent component =
        DaggerOrderComponent.builder().keyspanModule(new OrderComponent.KeyspanModule(db)).build();
    assertThat(component.orders()).isInstanceOf(OrderQueries_Impl.class);
    assertThat(component.orders()).isSameInstanceAs(component.orders());
  }

  @Test
  void annotatedQuery_bindsParametersIntoKeyConditionAndFilter() {
    respond(List.of(item("alice", "2026-1", 50)), null);

    List<Order> found = orders.recentOrders("alice", "2026", 10);

    QueryRequest query = (QueryRequest) requests.get(0);
    assertThat(query.tableName()).isEqualTo("test_CustomerOrders");
    assertThat(query.keyCondition())
        .isEqualTo(
            new KeyCondition(
                List.of(
                    new KeyCondition.Compare("CustomerID", ComparisonOperator.EQ, s("alice")),
                    new KeyCondition.BeginsWith("OrderID", s("2026")))));
    assertThat(query.filter())
        .isEqualTo(new Condition.Compare(Path.of("Total"), ComparisonOperator.GT, n(10)));
    assertThat(query.scanIndexForward()).isFalse();
    assertThat(found)
        .containsExactly(new Order("alice", "2026-1", "OPEN", "2026-01-01", 50, Set.of("a")));
  }

  @Test
  void queryOfWholeKey_returnsOptionalOrItemOrNull() {
    respond(List.of(item("alice", "o1", 5)), null);
    assertThat(orders.byId("alice", "o1").map(Order::total)).hasValue(5L);
    assertThat(orders.one("alice", "missing")).isNull();
  }

  @Test
  void indexQueryWithLimitOne_readsTheIndex() {
    orders.anyWithStatus("OPEN");
    QueryRequest query = (QueryRequest) requests.get(0);
    assertThat(query.indexName()).isEqualTo("ByStatus");
    assertThat(query.keyCondition().terms())
        .containsExactly(new KeyCondition.Compare("Status", ComparisonOperator.EQ, s("OPEN")));
  }

  @Test
  void scanReturningStream_fetchesPagesLazily_andConvertsFreeValuesByParameterType() {
    respond(List.of(item("a", "1", 200)), key("a", "1"));
    respond(List.of(item("b", "2", 300)), null);

    var stream = orders.bigOrders(100, 2);
    assertThat(requests).isEmpty();
    assertThat(stream.map(Order::customerId).toList()).containsExactly("a", "b").inOrder();

    ScanRequest scan = (ScanRequest) requests.get(0);
    assertThat(scan.filter())
        .isEqualTo(
            new Condition.And(
                new Condition.Compare(Path.of("Total"), ComparisonOperator.GT, n(100)),
                new Condition.Compare(
                    new Operand.Size(Path.of("Tags")), ComparisonOperator.GE, n(2))));
    assertThat(requests).hasSize(2);
  }

  @Test
  void pageMethod_takesPageSizeAndCursorParameters_andProjects() {
    respond(List.of(item("alice", "o1", 1)), key("alice", "o1"));
    Page<Order> first = orders.page("alice", 1, null);
    QueryRequest request = (QueryRequest) requests.get(0);
    assertThat(request.limit()).isEqualTo(1);
    assertThat(request.projection())
        .isEqualTo(new Projection(List.of(Path.of("OrderID"), Path.of("Total"))));
    assertThat(first.hasMore()).isTrue();

    orders.page("alice", 1, first.cursor().orElseThrow());
    QueryRequest next = (QueryRequest) requests.get(1);
    assertThat(next.exclusiveStartKey())
        .containsExactly(
            "CustomerID", AttributeValue.s("alice"), "OrderID", AttributeValue.s("o1"));
  }

  @Test
  void limitParameter_capsTheItemsReturned() {
    respond(List.of(item("alice", "o1", 1), item("alice", "o2", 2), item("alice", "o3", 3)), null);
    assertThat(orders.firstOrders("alice", 2)).hasSize(2);
  }

  @Test
  void countAndExists_useSelectCountAndFirstItem() {
    responses.add(new PageResponse(List.of(), 7, 9, null, null));
    assertThat(orders.countOrders("alice")).isEqualTo(7);
    assertThat(((QueryRequest) requests.get(0)).select()).isEqualTo(Select.COUNT);

    assertThat(orders.anyTagged("vip")).isFalse();
    assertThat(((ScanRequest) requests.get(1)).filter())
        .isEqualTo(new Condition.Contains(Path.of("Tags"), s("vip")));
  }

  @Test
  void derivedFinder_onPartitionKey_queriesTheTable() {
    orders.findByCustomerId("alice");
    QueryRequest query = (QueryRequest) requests.get(0);
    assertThat(query.indexName()).isNull();
    assertThat(query.keyCondition().terms())
        .containsExactly(new KeyCondition.Compare("CustomerID", ComparisonOperator.EQ, s("alice")));
    assertThat(query.filter()).isNull();
  }

  @Test
  void derivedFinder_onIndexKeys_queriesTheIndexWithBetween() {
    orders.findByStatusAndPlacedAtBetween("OPEN", "2026-01", "2026-02");
    QueryRequest query = (QueryRequest) requests.get(0);
    assertThat(query.indexName()).isEqualTo("ByStatus");
    assertThat(query.keyCondition().terms())
        .containsExactly(
            new KeyCondition.Compare("Status", ComparisonOperator.EQ, s("OPEN")),
            new KeyCondition.Between("PlacedAt", s("2026-01"), s("2026-02")))
        .inOrder();
  }

  @Test
  void derivedFirstOrderByDesc_readsDescendingForOneItem() {
    respond(List.of(item("alice", "o9", 1), item("alice", "o8", 1)), null);
    assertThat(orders.findFirstByCustomerIdOrderByOrderIdDesc("alice").map(Order::orderId))
        .hasValue("o9");
    assertThat(((QueryRequest) requests.get(0)).scanIndexForward()).isFalse();
  }

  @Test
  void derivedCount_putsNonKeyCriteriaInTheFilter() {
    orders.countByCustomerIdAndTotalGreaterThan("alice", 100);
    QueryRequest query = (QueryRequest) requests.get(0);
    assertThat(query.keyCondition().terms())
        .containsExactly(new KeyCondition.Compare("CustomerID", ComparisonOperator.EQ, s("alice")));
    assertThat(query.filter())
        .isEqualTo(new Condition.Compare(Path.of("Total"), ComparisonOperator.GT, n(100)));
  }

  @Test
  void derivedExists_onIndexPartitionKey_isTrueWhenAnItemMatches() {
    respond(List.of(item("a", "1", 1)), null);
    assertThat(orders.existsByStatus("OPEN")).isTrue();
    assertThat(((QueryRequest) requests.get(0)).indexName()).isEqualTo("ByStatus");
  }

  @Test
  void derivedFinderMarkedAllowScan_scansWithTheCriteriaAsFilter() {
    orders.findByTotalLessThan(5);
    ScanRequest scan = (ScanRequest) requests.get(0);
    assertThat(scan.filter())
        .isEqualTo(new Condition.Compare(Path.of("Total"), ComparisonOperator.LT, n(5)));
  }

  @Test
  void projectionRecord_derivesTheProjectionExpression_andMapsItsComponents() {
    respond(
        List.of(Map.of("OrderID", AttributeValue.s("o1"), "Total", AttributeValue.n(12))), null);

    assertThat(orders.summaries("alice")).containsExactly(new OrderSummary("o1", 12));
    QueryRequest query = (QueryRequest) requests.get(0);
    assertThat(query.projection())
        .isEqualTo(new Projection(List.of(Path.of("OrderID"), Path.of("Total"))));
  }

  @Test
  void derivedFinderReturningProjections_readsTheIndexWithTheProjection() {
    respond(List.of(Map.of("OrderID", AttributeValue.s("o2"))), null);

    assertThat(orders.findByStatus("OPEN").toList()).containsExactly(new OrderSummary("o2", 0));
    QueryRequest query = (QueryRequest) requests.get(0);
    assertThat(query.indexName()).isEqualTo("ByStatus");
    assertThat(query.projection())
        .isEqualTo(new Projection(List.of(Path.of("OrderID"), Path.of("Total"))));
  }

  @Test
  void accessPatternsReport_listsEveryMethodOfTheTable_withItsOperationAndScans()
      throws java.io.IOException {
    String report;
    try (var in =
        getClass().getResourceAsStream("/META-INF/keyspan/access-patterns/CustomerOrders.md")) {
      report = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(report).contains("# Access patterns of the table CustomerOrders");
    assertThat(report)
        .contains(
            "| OrderQueries | recentOrders | Query (descending) |  | "
                + "`CustomerID = :customer AND begins_with(OrderID, :prefix)` | `Total > :minimum` |  |  | no |");
    assertThat(report)
        .contains(
            "| OrderQueries | findByStatusAndPlacedAtBetween (derived) | Query | ByStatus | "
                + "`Status = :status AND PlacedAt BETWEEN :from AND :to` |");
    assertThat(report)
        .contains(
            "| OrderQueries | findByTotalLessThan (derived) | Scan |  |  | `Total < :total` |  |  | **yes** |");
    assertThat(report).contains("| OrderWrites | addToTotal | UpdateItem |");
    assertThat(report).contains("3 of them scanning");
  }
}
