package io.keyspan.processor.it.shop;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Declared repositories of the shop's members, compiled by the processor from this package and run
 * on the in-memory engine: key conditions on template components read exactly the items they name,
 * through the table key or an index, and never items of another type in the same partition.
 */
class DeclaredShopQueriesTest {
  private static final Instant MAY = Instant.parse("2024-05-01T12:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-01T12:00:00Z");
  private static final Instant JULY = Instant.parse("2024-07-01T12:00:00Z");
  private static final Customer ALICE = new Customer("c1", "Alice", "alice@example.com");
  private static final Order O1 =
      new Order("c1", "o1", MAY, OrderStatus.PLACED, new BigDecimal("12.5"));
  private static final Order O2 =
      new Order("c1", "o2", JUNE, OrderStatus.SHIPPED, new BigDecimal("30"));
  // Placed at the same instant as O2: a range on placedAt must hold both.
  private static final Order O3 =
      new Order("c1", "o3", JUNE, OrderStatus.PLACED, new BigDecimal("5"));
  private static final Order O4 = new Order("c1", "o4", JULY, OrderStatus.PLACED, BigDecimal.ONE);
  private static final Order OTHER =
      new Order("c2", "o5", JUNE, OrderStatus.PLACED, BigDecimal.TEN);
  private static final OrderLine LINE_1 = new OrderLine("o1", 1, "SKU-1", 2);
  private static final OrderLine LINE_2 = new OrderLine("o1", 2, "SKU-2", 1);
  private static final OrderLine LINE_10 = new OrderLine("o1", 10, "SKU-3", 4);

  private Keyspan db;
  private OrderQueries orders;
  private OrderLineQueries lines;
  private CustomerQueries customers;

  @BeforeEach
  void fillTheShop() {
    db = Keyspan.builder().uri("memory:").build();
    new ShopItemTable(db).createTable();
    new CustomerRepository(db).put(ALICE);
    OrderRepository orderRepository = new OrderRepository(db);
    for (Order order : new Order[] {O4, O2, OTHER, O1, O3}) {
      orderRepository.put(order);
    }
    OrderLineRepository lineRepository = new OrderLineRepository(db);
    for (OrderLine line : new OrderLine[] {LINE_10, LINE_2, LINE_1}) {
      lineRepository.put(line);
    }
    orders = db.repository(OrderQueries.class);
    lines = db.repository(OrderLineQueries.class);
    customers = db.repository(CustomerQueries.class);
  }

  @Test
  void partitionComponents_readTheMembersItems_inSortKeyOrder_withoutOtherTypes() {
    // The partition CUSTOMER#c1 holds Alice's profile too.
    assertThat(orders.findByCustomerId("c1")).containsExactly(O1, O2, O3, O4).inOrder();
    assertThat(orders.findByCustomerIdOrderByPlacedAtDesc("c1"))
        .containsExactly(O4, O3, O2, O1)
        .inOrder();
    assertThat(orders.countByCustomerId("c1")).isEqualTo(4);
    assertThat(orders.findByCustomerId("c9")).isEmpty();
  }

  @Test
  void betweenOnAComponentThatTextFollows_holdsBothEnds() {
    assertThat(orders.findByCustomerIdAndPlacedAtBetween("c1", MAY, JUNE))
        .containsExactly(O1, O2, O3)
        .inOrder();
    assertThat(orders.findByCustomerIdAndPlacedAtBetween("c1", JUNE, JUNE))
        .containsExactly(O2, O3)
        .inOrder();
    assertThat(orders.placedBetween("c1", MAY, JULY, new BigDecimal("10")))
        .containsExactly(O1, O2)
        .inOrder();
  }

  @Test
  void oneEndedRangesOnAComponentThatTextFollows_areExact() {
    // > JUNE reads up to the end of the partition, where Alice's PROFILE is: filtered by type.
    assertThat(orders.findByCustomerIdAndPlacedAtGreaterThan("c1", JUNE)).containsExactly(O4);
    assertThat(orders.findByCustomerIdAndPlacedAtGreaterThan("c1", MAY))
        .containsExactly(O2, O3, O4)
        .inOrder();
    assertThat(orders.findByCustomerIdAndPlacedAtLessThanEqual("c1", JUNE))
        .containsExactly(O1, O2, O3)
        .inOrder();
  }

  @Test
  void everyComponent_readsOneItem_andFilterCriteriaFilter() {
    assertThat(orders.findByCustomerIdAndPlacedAtAndOrderId("c1", JUNE, "o3")).hasValue(O3);
    assertThat(orders.findByCustomerIdAndPlacedAtAndOrderId("c1", MAY, "o3")).isEmpty();
    assertThat(orders.findByCustomerIdAndStatus("c1", OrderStatus.PLACED))
        .containsExactly(O1, O3, O4)
        .inOrder();
  }

  @Test
  void indexTemplates_serveTheirComponents() {
    // GSI1PK = ORDER#o1 holds the order (GSI1SK = ORDER) and its lines: only the order is read.
    assertThat(orders.findFirstByOrderId("o1")).hasValue(O1);
    assertThat(customers.findFirstByEmail("alice@example.com")).hasValue(ALICE);
    assertThat(customers.findByCustomerId("c1")).hasValue(ALICE);
    assertThat(lines.linesBefore("o1", 10)).containsExactly(LINE_2, LINE_1).inOrder();
  }

  @Test
  void rangesOnTheLastComponent_compareAsItsValues() {
    // Zero-padded: line 10 sorts after line 2.
    assertThat(lines.findByOrderIdAndLineNoBetween("o1", 2, 10))
        .containsExactly(LINE_2, LINE_10)
        .inOrder();
    assertThat(lines.findByOrderIdAndLineNoGreaterThan("o1", 1))
        .containsExactly(LINE_2, LINE_10)
        .inOrder();
  }

  @Test
  void anItemOfAnotherTypeUnderTheSameKeys_isNotRead() {
    Map<String, AttributeValue> refund =
        Map.of(
            "PK", AttributeValue.s("CUSTOMER#c1"),
            "SK", AttributeValue.s("ORDER#2024-06-01T12:00:00.000000000Z#r1"),
            "_type", AttributeValue.s("REFUND"));
    db.engine().putItem(PutItemRequest.builder("Shop", refund).build());
    assertThat(orders.findByCustomerIdAndPlacedAtBetween("c1", JUNE, JUNE))
        .containsExactly(O2, O3)
        .inOrder();
    assertThat(orders.countByCustomerId("c1")).isEqualTo(4);
  }
}
