package io.keyspan.processor.it.shop;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.repository.CollectionPage;
import io.keyspan.schema.UnknownItem;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop, compiled by the processor from this package, running every generated access
 * pattern on the in-memory engine: member keys from templates, member queries, index queries,
 * collections over several item types, index upkeep on update and unknown item types.
 */
class ShopOnMemoryEngineTest {
  private static final Instant FIRST = Instant.parse("2024-05-01T12:00:00Z");
  private static final Instant SECOND = Instant.parse("2024-06-01T12:00:00Z");
  private static final Customer ALICE = new Customer("c1", "Alice", "alice@example.com");
  private static final Order EARLY = order("o1", FIRST);
  private static final Order LATE = order("o2", SECOND);
  private static final OrderLine LINE_1 = new OrderLine("o1", 1, "SKU-1", 2);
  private static final OrderLine LINE_2 = new OrderLine("o1", 2, "SKU-2", 1);

  private Keyspan db;
  private ShopItemTable shop;
  private CustomerRepository customers;
  private OrderRepository orders;
  private OrderLineRepository lines;

  private static Order order(String id, Instant placedAt) {
    return new Order("c1", id, placedAt, OrderStatus.PLACED, new BigDecimal("12.5"));
  }

  @BeforeEach
  void fillTheShop() {
    db = Keyspan.builder().uri("memory:").build();
    shop = new ShopItemTable(db);
    customers = new CustomerRepository(db);
    orders = new OrderRepository(db);
    lines = new OrderLineRepository(db);
    shop.createTable();
    customers.put(ALICE);
    orders.put(LATE);
    orders.put(EARLY);
    lines.put(LINE_2);
    lines.put(LINE_1);
  }

  @Test
  void get_takesTheComponentsOfTheTableKeyTemplates() {
    assertThat(customers.get("c1")).hasValue(ALICE);
    assertThat(orders.get("c1", FIRST, "o1")).hasValue(EARLY);
    assertThat(lines.get("o1", 2)).hasValue(LINE_2);
    assertThat(orders.get("c1", FIRST, "o2")).isEmpty();
  }

  @Test
  void put_rendersTheKeysAndTheItemType() {
    Map<String, AttributeValue> stored = shop.schema().write(EARLY);
    assertThat(stored).containsEntry("PK", AttributeValue.s("CUSTOMER#c1"));
    assertThat(stored)
        .containsEntry("SK", AttributeValue.s("ORDER#2024-05-01T12:00:00.000000000Z#o1"));
    assertThat(stored).containsEntry("GSI1PK", AttributeValue.s("ORDER#o1"));
    assertThat(stored).containsEntry("GSI1SK", AttributeValue.s("ORDER"));
    assertThat(stored).containsEntry("_type", AttributeValue.s("Order"));
    assertThat(shop.schema().write(LINE_1))
        .containsEntry("SK", AttributeValue.s("LINE#0000000001"));
  }

  @Test
  void memberQuery_readsOnlyThatMembersItems_inSortKeyOrder() {
    assertThat(orders.query("c1").list()).containsExactly(EARLY, LATE).inOrder();
    assertThat(orders.query("c1").descending().list()).containsExactly(LATE, EARLY).inOrder();
    assertThat(lines.query("o1").list()).containsExactly(LINE_1, LINE_2).inOrder();
  }

  @Test
  void indexQuery_takesTheComponentsOfTheIndexPartitionTemplate() {
    assertThat(customers.queryByGSI1("alice@example.com").list()).containsExactly(ALICE);
    assertThat(orders.queryByGSI1("o1").list()).containsExactly(EARLY);
    assertThat(lines.queryByGSI1("o1").list()).containsExactly(LINE_1, LINE_2).inOrder();
  }

  @Test
  void collection_returnsEveryMemberUnderThePartition_asTheSealedType() {
    CollectionPage<ShopItem> customer = shop.customer("c1").list();
    assertThat(customer.items()).containsExactly(EARLY, LATE, ALICE).inOrder();
    assertThat(customer.unknownItems()).isEmpty();
    assertThat(shop.order("o1").list().items()).containsExactly(LINE_1, LINE_2, EARLY).inOrder();
    assertThat(describe(customer.items())).containsExactly("order o1", "order o2", "Alice");
  }

  @Test
  void update_ofAnIndexComponent_rewritesTheIndexKey() {
    customers.update("c1").set(CustomerSchema.EMAIL, "alice@example.org").execute();
    assertThat(customers.queryByGSI1("alice@example.com").list()).isEmpty();
    assertThat(customers.queryByGSI1("alice@example.org").list())
        .containsExactly(new Customer("c1", "Alice", "alice@example.org"));
  }

  @Test
  void update_ofATableKeyComponent_isRejectedBeforeSending() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> orders.update("c1", FIRST, "o1").set(OrderSchema.ORDER_ID, "o9").execute());
    assertThat(error).hasMessageThat().contains("a key cannot change");
    assertThat(orders.get("c1", FIRST, "o1")).hasValue(EARLY);
  }

  @Test
  void delete_takesTheTemplateComponents() {
    assertThat(orders.delete("c1", FIRST, "o1")).hasValue(EARLY);
    assertThat(shop.customer("c1").list().items()).containsExactly(LATE, ALICE).inOrder();
  }

  @Test
  void collection_returnsAnItemOfUnknownType_apart_withItsAttributes() {
    Map<String, AttributeValue> refund =
        Map.of(
            "PK", AttributeValue.s("CUSTOMER#c1"),
            "SK", AttributeValue.s("REFUND#r1"),
            "_type", AttributeValue.s("REFUND"));
    db.engine().putItem(PutItemRequest.builder("Shop", refund).build());
    CollectionPage<ShopItem> customer = shop.customer("c1").list();
    assertThat(customer.items()).containsExactly(EARLY, LATE, ALICE).inOrder();
    assertThat(customer.unknownItems())
        .containsExactly(new UnknownItem(Optional.of("REFUND"), refund));
  }

  /** Each item by its member type, as the sealed interface permits them. */
  private static List<String> describe(List<ShopItem> items) {
    return items.stream().map(ShopOnMemoryEngineTest::describe).toList();
  }

  private static String describe(ShopItem item) {
    if (item instanceof Customer customer) {
      return customer.name();
    } else if (item instanceof Order order) {
      return "order " + order.orderId();
    }
    return "line " + ((OrderLine) item).lineNo();
  }
}
