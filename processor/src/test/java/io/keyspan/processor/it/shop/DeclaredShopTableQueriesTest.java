package io.keyspan.processor.it.shop;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.repository.Page;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A declared repository of the shop's sealed interface ({@link ShopQueries}), compiled by the
 * processor from this package and run on the in-memory engine: key conditions on the physical key
 * attributes read every item type as its member, or only one member's items.
 */
class DeclaredShopTableQueriesTest {
  private static final Instant MAY = Instant.parse("2024-05-01T12:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-01T12:00:00Z");
  private static final Customer ALICE = new Customer("c1", "Alice", "alice@example.com");
  private static final Order O1 =
      new Order("c1", "o1", MAY, OrderStatus.PLACED, new BigDecimal("12.5"));
  private static final Order O2 =
      new Order("c1", "o2", JUNE, OrderStatus.SHIPPED, new BigDecimal("30"));
  private static final OrderLine LINE_1 = new OrderLine("o1", 1, "SKU-1", 2);
  private static final OrderLine LINE_2 = new OrderLine("o1", 2, "SKU-2", 1);
  private static final Map<String, AttributeValue> REFUND =
      Map.of(
          "PK", AttributeValue.s("CUSTOMER#c1"),
          "SK", AttributeValue.s("REFUND#r1"),
          "_type", AttributeValue.s("REFUND"));

  private Keyspan db;
  private ShopQueries shop;

  @BeforeEach
  void fillTheShop() {
    db = Keyspan.builder().uri("memory:").build();
    new ShopItemTable(db).createTable();
    new CustomerRepository(db).put(ALICE);
    new OrderRepository(db).put(O2);
    new OrderRepository(db).put(O1);
    new OrderLineRepository(db).put(LINE_2);
    new OrderLineRepository(db).put(LINE_1);
    shop = db.repository(ShopQueries.class);
  }

  @Test
  void theInterface_readsEveryItemType_asItsMember_inSortKeyOrder() {
    assertThat(shop.partition("CUSTOMER#c1")).containsExactly(O1, O2, ALICE).inOrder();
    assertThat(shop.partitionFrom("CUSTOMER#c1", "ORDER#")).containsExactly(O2, O1).inOrder();
    assertThat(shop.item("CUSTOMER#c1", "PROFILE")).hasValue(ALICE);
    assertThat(shop.item("CUSTOMER#c1", "NONE")).isEmpty();
    assertThat(shop.anyItems("CUSTOMER#c1")).isTrue();
    assertThat(shop.anyItems("CUSTOMER#c9")).isFalse();
  }

  @Test
  void anIndexKeyCondition_readsTheIndex() {
    // GSI1PK = ORDER#o1 holds the order (GSI1SK = ORDER) and its lines (LINE#...).
    assertThat(shop.byGsi1("ORDER#o1")).containsExactly(LINE_1, LINE_2, O1).inOrder();
    assertThat(shop.linesOf("ORDER#o1").toList()).containsExactly(LINE_1, LINE_2).inOrder();
    assertThat(shop.customerByGsi1("EMAIL#alice@example.com")).hasValue(ALICE);
  }

  @Test
  void aMember_readsOnlyItsItems_andItsFilterNamesItsAttributes() {
    assertThat(shop.ordersIn("CUSTOMER#c1")).containsExactly(O1, O2).inOrder();
    assertThat(shop.ordersAbove("CUSTOMER#c1", new BigDecimal("20"))).containsExactly(O2);
    // Order has no @ItemType: its item type is its simple name.
    assertThat(shop.ofType("Order")).containsExactly(O1, O2);
    assertThat(shop.ofType("CUSTOMER")).containsExactly(ALICE);
  }

  @Test
  void anItemOfUnknownType_isLeftOut_butCounted_asACollectionQueryCountsIt() {
    db.engine().putItem(PutItemRequest.builder("Shop", REFUND).build());
    assertThat(shop.partition("CUSTOMER#c1")).containsExactly(O1, O2, ALICE).inOrder();
    assertThat(shop.ordersIn("CUSTOMER#c1")).containsExactly(O1, O2).inOrder();
    assertThat(shop.countPartition("CUSTOMER#c1")).isEqualTo(4);
  }

  @Test
  void pages_resumeAfterTheirCursor() {
    List<ShopItem> read = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<ShopItem> page = shop.partitionPage("CUSTOMER#c1", 2, cursor);
      read.addAll(page.items());
      cursor = page.cursor().orElse(null);
      pages++;
    } while (cursor != null);
    assertThat(read).containsExactly(O1, O2, ALICE).inOrder();
    assertThat(pages).isAtLeast(2);
  }
}
