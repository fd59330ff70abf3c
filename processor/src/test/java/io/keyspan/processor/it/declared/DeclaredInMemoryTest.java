package io.keyspan.processor.it.declared;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.repository.Page;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Declared repositories of every kind, run on the in-memory engine. */
class DeclaredInMemoryTest {
  private final Keyspan db = Keyspan.inMemory();
  private final OrderRepository table = new OrderRepository(db);
  private final OrderQueries queries = db.repository(OrderQueries.class);
  private final OrderWrites writes = db.repository(OrderWrites.class);

  private static Order order(
      String customer, String id, String status, String placedAt, long total) {
    return new Order(customer, id, status, placedAt, total, Set.of("t"));
  }

  @BeforeEach
  void fill() {
    table.createTable();
    table.put(order("alice", "2026-01-a", "OPEN", "2026-01-05", 50));
    table.put(order("alice", "2026-02-b", "SHIPPED", "2026-02-01", 150));
    table.put(order("alice", "2025-12-c", "OPEN", "2025-12-24", 300));
    table.put(order("bob", "2026-01-d", "OPEN", "2026-01-20", 20));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void annotatedQuery_withBeginsWithFilterAndDescending() {
    assertThat(queries.recentOrders("alice", "2026", 10).stream().map(Order::orderId).toList())
        .containsExactly("2026-02-b", "2026-01-a")
        .inOrder();
    assertThat(queries.recentOrders("alice", "2026", 100).stream().map(Order::orderId).toList())
        .containsExactly("2026-02-b");
  }

  @Test
  void wholeKeyQuery_findsOneOrNothing() {
    assertThat(queries.byId("alice", "2026-01-a").map(Order::total)).hasValue(50L);
    assertThat(queries.byId("alice", "missing")).isEmpty();
    assertThat(queries.one("bob", "missing")).isNull();
  }

  @Test
  void derivedFinders_onTableAndIndex() {
    assertThat(queries.findByCustomerId("alice")).hasSize(3);
    assertThat(
            queries.findByStatusAndPlacedAtBetween("OPEN", "2026-01-01", "2026-01-31").stream()
                .map(Order::orderId)
                .toList())
        .containsExactly("2026-01-a", "2026-01-d")
        .inOrder();
    assertThat(queries.findFirstByCustomerIdOrderByOrderIdDesc("alice").map(Order::orderId))
        .hasValue("2026-02-b");
    assertThat(queries.countByCustomerIdAndTotalGreaterThan("alice", 100)).isEqualTo(2);
    assertThat(queries.existsByStatus("SHIPPED")).isTrue();
    assertThat(queries.existsByStatus("LOST")).isFalse();
  }

  @Test
  void derivedTopN_andLimitParameter_capTheItems() {
    assertThat(
            queries.findTop2ByCustomerIdOrderByOrderIdDesc("alice").stream()
                .map(Order::orderId)
                .toList())
        .containsExactly("2026-02-b", "2026-01-a")
        .inOrder();
    assertThat(
            queries.findByCustomerIdAndOrderIdGreaterThan("alice", "2025", 1).stream()
                .map(Order::orderId)
                .toList())
        .containsExactly("2025-12-c");
    assertThat(queries.findByCustomerIdAndOrderIdGreaterThan("alice", "2026", 5)).hasSize(2);
  }

  @Test
  void scans_streamsCountsAndAllowScanFinders() {
    assertThat(queries.bigOrders(100, 1).map(Order::orderId).sorted().toList())
        .containsExactly("2025-12-c", "2026-02-b")
        .inOrder();
    assertThat(queries.findByTotalLessThan(30))
        .containsExactly(order("bob", "2026-01-d", "OPEN", "2026-01-20", 20));
    assertThat(queries.anyTagged("t")).isTrue();
    assertThat(queries.countOrders("alice")).isEqualTo(3);
  }

  @Test
  void pages_resumeFromTheirCursor_andProjectionsReadOnlyTheirAttributes() {
    Page<Order> first = queries.page("alice", 2, null);
    assertThat(first.items()).hasSize(2);
    assertThat(first.items().get(0).status()).isNull();
    Page<Order> second = queries.page("alice", 2, first.cursor().orElseThrow());
    assertThat(second.items().stream().map(Order::orderId).toList()).containsExactly("2026-02-b");
    assertThat(queries.summaries("bob")).containsExactly(new OrderSummary("2026-01-d", 20));
    assertThat(queries.firstOrders("alice", 1)).hasSize(1);
  }

  @Test
  void writes_updateDeletePutAndConditions() {
    Order updated = writes.addToTotal("alice", "2026-01-a", 5, Set.of("vip"));
    assertThat(updated.total()).isEqualTo(55);
    assertThat(updated.tags()).containsExactly("t", "vip");
    assertThrows(
        ConditionalCheckFailedException.class,
        () -> writes.addToTotal("carol", "x", 1, Set.of("a")));

    assertThat(writes.transition("alice", "2026-01-a", "SHIPPED", "OPEN")).isTrue();
    assertThat(writes.transition("alice", "2026-01-a", "SHIPPED", "OPEN")).isFalse();

    assertThat(writes.clearTags("alice", "2026-01-a").map(Order::tags))
        .hasValue(Set.of("t", "vip"));
    assertThat(table.get("alice", "2026-01-a").orElseThrow().tags()).isEmpty();

    Order carol = order("carol", "c1", "OPEN", "2026-03-01", 1);
    assertThat(writes.create(carol)).isTrue();
    assertThat(writes.create(carol)).isFalse();
    assertThrows(
        ConditionalCheckFailedException.class, () -> writes.deleteIfTotal("carol", "c1", 2));
    writes.deleteIfTotal("carol", "c1", 1);
    assertThat(table.get("carol", "c1")).isEmpty();

    writes.save(carol);
    assertThat(writes.remove("carol", "c1")).hasValue(carol);
    writes.save(carol);
    writes.deleteByCustomerIdAndOrderId("carol", "c1");
    assertThat(queries.findByCustomerId("carol")).isEmpty();
  }
}
