package io.keyspan.processor.it.shop;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Declared writes and scans of the shop's members ({@link CustomerCommands}, {@link
 * OrderCommands}), compiled by the processor from this package and run on the in-memory engine:
 * keys rendered from template components, index keys rewritten with their components, scans that
 * read only the member's items.
 */
class DeclaredShopWritesTest {
  private static final Instant MAY = Instant.parse("2024-05-01T12:00:00Z");
  private static final Customer ALICE = new Customer("c1", "Alice", "alice@example.com");
  private static final Order O1 =
      new Order("c1", "o1", MAY, OrderStatus.PLACED, new BigDecimal("12.5"));

  private Keyspan db;
  private CustomerCommands customers;
  private CustomerQueries customerQueries;
  private OrderCommands orders;
  private ShopItemTable shop;

  @BeforeEach
  void openTheShop() {
    db = Keyspan.builder().uri("memory:").build();
    shop = new ShopItemTable(db);
    shop.createTable();
    customers = db.repository(CustomerCommands.class);
    customerQueries = db.repository(CustomerQueries.class);
    orders = db.repository(OrderCommands.class);
  }

  private Map<String, AttributeValue> stored(String pk, String sk) {
    return db.engine()
        .getItem(
            GetItemRequest.builder(
                    "Shop", Map.of("PK", AttributeValue.s(pk), "SK", AttributeValue.s(sk)))
                .build())
        .itemIfAny()
        .orElseThrow();
  }

  @Test
  void put_rendersTheKeysAndTheItemType_andItsConditionNamesTheKey() {
    assertThat(customers.create(ALICE)).isTrue();
    assertThat(customers.create(new Customer("c1", "Other", "other@example.com"))).isFalse();
    Map<String, AttributeValue> item = stored("CUSTOMER#c1", "PROFILE");
    assertThat(item).containsEntry("GSI1PK", AttributeValue.s("EMAIL#alice@example.com"));
    assertThat(item).containsEntry("_type", AttributeValue.s("CUSTOMER"));
    orders.save(O1);
    assertThat(shop.customer("c1").list().items()).containsExactly(O1, ALICE).inOrder();
  }

  @Test
  void update_ofAnIndexComponent_rewritesTheIndexKey() {
    customers.create(ALICE);
    Customer moved = customers.changeEmail("c1", "alice@example.org");
    assertThat(moved).isEqualTo(new Customer("c1", "Alice", "alice@example.org"));
    assertThat(stored("CUSTOMER#c1", "PROFILE"))
        .containsEntry("GSI1PK", AttributeValue.s("EMAIL#alice@example.org"));
    assertThat(customerQueries.findFirstByEmail("alice@example.org")).hasValue(moved);
    assertThat(customerQueries.findFirstByEmail("alice@example.com")).isEmpty();
  }

  @Test
  void update_removingAnIndexComponent_takesTheItemOutOfTheIndex() {
    customers.create(ALICE);
    assertThat(customers.forgetEmail("c1")).isEqualTo(new Customer("c1", "Alice", null));
    assertThat(stored("CUSTOMER#c1", "PROFILE")).doesNotContainKey("GSI1PK");
    assertThat(customerQueries.findFirstByEmail("alice@example.com")).isEmpty();
  }

  @Test
  void update_ofOtherAttributes_keepsTheKeys_andItsConditionHolds() {
    assertThat(customers.rename("c1", "Alicia")).isFalse();
    customers.create(ALICE);
    assertThat(customers.rename("c1", "Alicia")).isTrue();
    assertThat(customerQueries.findFirstByEmail("alice@example.com"))
        .hasValue(new Customer("c1", "Alicia", "alice@example.com"));
    orders.save(O1);
    assertThat(orders.setStatus("c1", MAY, "o1", OrderStatus.SHIPPED).status())
        .isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void deletes_nameTheItemByItsComponents() {
    customers.create(ALICE);
    assertThat(customers.remove("c1")).hasValue(ALICE);
    assertThat(customers.remove("c1")).isEmpty();
    customers.create(ALICE);
    customers.deleteByCustomerId("c1");
    assertThat(customerQueries.findByCustomerId("c1")).isEmpty();
    orders.save(O1);
    assertThat(orders.deleteIf("c1", MAY, "o1", OrderStatus.SHIPPED)).isFalse();
    assertThat(orders.deleteIf("c1", MAY, "o1", OrderStatus.PLACED)).isTrue();
    assertThat(shop.customer("c1").list().items()).isEmpty();
  }

  @Test
  void scans_readOnlyTheMembersItems() {
    customers.create(ALICE);
    customers.create(new Customer("c2", "Bob", "bob@example.org"));
    orders.save(O1);
    // An item of another type with the attributes the filter tests.
    db.engine()
        .putItem(
            PutItemRequest.builder(
                    "Shop",
                    Map.of(
                        "PK", AttributeValue.s("CUSTOMER#c1"),
                        "SK", AttributeValue.s("REFUND#r1"),
                        "_type", AttributeValue.s("REFUND"),
                        "status", AttributeValue.s("PLACED"),
                        "email", AttributeValue.s("refunds@example.com")))
                .build());
    assertThat(customers.withEmailAt("example.com")).containsExactly(ALICE);
    assertThat(orders.withStatus(OrderStatus.PLACED)).containsExactly(O1);
  }
}
