package io.keyspan.shop;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.table.IndexDescription;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.repository.CollectionPage;
import io.keyspan.repository.ReadTransaction;
import io.keyspan.repository.UnknownItems;
import io.keyspan.repository.WriteTransaction;
import io.keyspan.schema.MappingException;
import io.keyspan.schema.StoredItem;
import io.keyspan.schema.UnknownItem;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop on an engine: collections, member and index queries, sparse indexes, index keys
 * kept fresh on update, unknown items, and transactions and batches across members. Written once
 * against the hand-written generated classes of this package; each engine module runs it through a
 * subclass that supplies the engine. Each test has a table of its own (a unique name prefix) and
 * deletes it afterwards, so one engine or emulator can serve every test.
 */
public abstract class ShopContract {
  private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

  private static final Instant MAY = Instant.parse("2024-05-01T12:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-01T12:00:00Z");
  private static final Instant JULY = Instant.parse("2024-07-01T12:00:00Z");

  private static final Customer ADA = new Customer("c1", "Ada", "ada@example.com");
  private static final Customer BOB = new Customer("c2", "Bob", null);
  private static final Order O1 =
      new Order("c1", "o1", MAY, OrderStatus.PLACED, new BigDecimal("12.5"));
  private static final Order O2 =
      new Order("c1", "o2", JUNE, OrderStatus.SHIPPED, new BigDecimal("30"));
  private static final Order O3 = new Order("c1", "o3", JULY, null, null);
  private static final Order O4 = new Order("c2", "o4", MAY, OrderStatus.PLACED, BigDecimal.ONE);
  private static final OrderLine LINE_1 = new OrderLine("o1", 1, "SKU-A", 1);
  private static final OrderLine LINE_2 = new OrderLine("o1", 2, "SKU-B", 2);
  private static final OrderLine LINE_10 = new OrderLine("o1", 10, "SKU-C", 3);

  private Keyspan keyspan;
  private ShopItemTable shop;
  private CustomerRepository customers;
  private OrderRepository orders;
  private OrderLineRepository lines;

  /** The engine under test. It may be shared by all tests of the class or of the JVM. */
  protected abstract Engine engine();

  @BeforeEach
  void createShop() {
    keyspan =
        Keyspan.builder()
            .engine(engine())
            .tableNamePrefix("shop_" + RUN + "_" + TABLE_COUNTER.incrementAndGet() + "_")
            .build();
    shop = new ShopItemTable(keyspan);
    customers = new CustomerRepository(keyspan);
    orders = new OrderRepository(keyspan);
    lines = new OrderLineRepository(keyspan);
    shop.createTable();
    customers.batchPut(List.of(ADA, BOB));
    orders.batchPut(List.of(O1, O2, O3, O4));
    lines.batchPut(List.of(LINE_10, LINE_2, LINE_1));
  }

  @AfterEach
  void deleteShop() {
    shop.deleteTable();
  }

  private void putRaw(Map<String, AttributeValue> item) {
    engine().putItem(PutItemRequest.builder(shop.tableName(), item).build());
  }

  private Map<String, AttributeValue> getRaw(Map<String, AttributeValue> key) {
    return engine()
        .getItem(GetItemRequest.builder(shop.tableName(), key).build())
        .itemIfAny()
        .orElseThrow();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.s(value);
  }

  // ---------------------------------------------------------------- collections

  @Test
  void customerCollection_readsProfileAndOrdersInOneQuery_typed_inSortKeyOrder() {
    CollectionPage<ShopItem> page = shop.customer("c1").list();
    // SK: ORDER#2024-05... < ORDER#2024-06... < ORDER#2024-07... < PROFILE
    assertThat(page.items()).containsExactly(O1, O2, O3, ADA).inOrder();
    assertThat(page.unknownItems()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void collection_pagesDescending_resumingFromTheCursor() {
    CollectionPage<ShopItem> first = shop.customer("c1").descending().limit(2).page();
    assertThat(first.items()).containsExactly(ADA, O3).inOrder();
    CollectionPage<ShopItem> rest =
        shop.customer("c1").descending().startAfter(first.cursor().orElseThrow()).page();
    assertThat(rest.items()).containsExactly(O2, O1).inOrder();
    assertThat(rest.hasMore()).isFalse();
  }

  @Test
  void collection_filterAndSortKeyCondition_narrowTheItems() {
    assertThat(
            shop.customer("c1").filter(OrderSchema.STATUS.eq(OrderStatus.SHIPPED)).list().items())
        .containsExactly(O2);
    assertThat(shop.customer("c1").sortKey(sk -> sk.beginsWith("PROFILE")).first()).hasValue(ADA);
    assertThat(shop.customer("c1").count()).isEqualTo(4);
  }

  @Test
  void collectionOnAnIndex_readsAnOrderWithItsLines_linesInNumericOrder() {
    // GSI1SK: LINE#0000000001 < LINE#0000000002 < LINE#0000000010 < ORDER
    assertThat(shop.order("o1").list().items())
        .containsExactly(LINE_1, LINE_2, LINE_10, O1)
        .inOrder();
  }

  @Test
  void unknownItems_areKeptApartByDefault_skippedOrAnError_byOption() {
    Map<String, AttributeValue> gift =
        Map.of("PK", s("CUSTOMER#c1"), "SK", s("GIFT#1"), "_type", s("GIFT"));
    Map<String, AttributeValue> note = Map.of("PK", s("CUSTOMER#c1"), "SK", s("NOTE"));
    putRaw(gift);
    putRaw(note);

    CollectionPage<ShopItem> kept = shop.customer("c1").list();
    assertThat(kept.items()).containsExactly(O1, O2, O3, ADA).inOrder();
    assertThat(kept.unknownItems())
        .containsExactly(
            new UnknownItem(Optional.of("GIFT"), gift), new UnknownItem(Optional.empty(), note))
        .inOrder();

    CollectionPage<ShopItem> skipped = shop.customer("c1").onUnknown(UnknownItems.SKIP).list();
    assertThat(skipped.items()).containsExactly(O1, O2, O3, ADA).inOrder();
    assertThat(skipped.unknownItems()).isEmpty();

    MappingException error =
        assertThrows(
            MappingException.class, () -> shop.customer("c1").onUnknown(UnknownItems.FAIL).list());
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("Shop{PK=CUSTOMER#c1, SK=GIFT#1}: the item type GIFT is no member type");

    // GIFT#1 sorts first; first() reads past it to the first typed item.
    assertThat(shop.customer("c1").first()).hasValue(O1);
    assertThat(shop.customer("c1").count()).isEqualTo(6);
  }

  @Test
  void table_scan_readsEveryItemOfEveryType_andDescribeNamesTheIndexes() {
    List<ShopItem> typed =
        shop.scan().list().stream()
            .map(item -> ((StoredItem.Typed<ShopItem>) item).item())
            .toList();
    assertThat(typed).containsExactly(ADA, BOB, O1, O2, O3, O4, LINE_1, LINE_2, LINE_10);
    assertThat(
            shop.describeTable().globalSecondaryIndexes().stream()
                .map(IndexDescription::indexName)
                .toList())
        .containsExactly("GSI1", "GSI2");
  }

  // ---------------------------------------------------------------- member repositories

  @Test
  void memberQuery_readsOnlyItsOwnItems_underASharedPartition() {
    assertThat(orders.query("c1").list()).containsExactly(O1, O2, O3).inOrder();
    assertThat(orders.query("c1").descending().first()).hasValue(O3);
    assertThat(orders.query("c1").sortKey(sk -> sk.beginsWith("ORDER#2024-06")).list())
        .containsExactly(O2);
    assertThat(lines.query("o1").list()).containsExactly(LINE_1, LINE_2, LINE_10).inOrder();
  }

  @Test
  void memberQuery_typeFilterHoldsEvenWhenTheSortConditionIsReplaced() {
    // The sort condition below covers the profile too; the item-type filter keeps it out.
    assertThat(orders.query("c1").sortKey(sk -> sk.gt("A")).list())
        .containsExactly(O1, O2, O3)
        .inOrder();
  }

  @Test
  void memberQuery_withAProjection_stillKnowsTheItemType() {
    assertThat(orders.query("c1").project(OrderSchema.TOTAL).list().stream().map(Order::total))
        .containsExactly(new BigDecimal("12.5"), new BigDecimal("30"), null)
        .inOrder();
  }

  @Test
  void indexQueries_findByEmail_byOrderId_andByStatus() {
    assertThat(customers.queryByGsi1("ada@example.com").list()).containsExactly(ADA);
    assertThat(orders.queryByGsi1("o1").list()).containsExactly(O1);
    assertThat(lines.queryByGsi1("o1").list()).containsExactly(LINE_1, LINE_2, LINE_10).inOrder();
    assertThat(orders.queryByGsi2(OrderStatus.PLACED).list()).containsExactly(O1, O4).inOrder();
    assertThat(orders.queryByGsi2(OrderStatus.SHIPPED).list()).containsExactly(O2);
  }

  @Test
  void sparseIndex_leavesOutItemsWithANullComponent() {
    // Bob has no email, O3 no status: neither has GSI keys for those indexes.
    assertThat(orders.scanIndex("GSI2").count()).isEqualTo(3);
    assertThat(getRaw(OrderSchema.INSTANCE.layout().primaryKeyOf("c1", JULY, "o3")))
        .doesNotContainKey("GSI2PK");
    assertThat(getRaw(CustomerSchema.INSTANCE.layout().primaryKeyOf("c2")))
        .doesNotContainKey("GSI1PK");
  }

  @Test
  void get_readsByTemplateComponents() {
    assertThat(orders.get("c1", JUNE, "o2")).hasValue(O2);
    assertThat(orders.get("c1", JUNE, "o9")).isEmpty();
    assertThat(lines.get("o1", 10)).hasValue(LINE_10);
    assertThat(customers.get("c2")).hasValue(BOB);
  }

  @Test
  void get_ofAnItemOfAnotherType_namesTheTypeFound() {
    putRaw(Map.of("PK", s("CUSTOMER#c9"), "SK", s("PROFILE"), "_type", s("Order")));
    MappingException error = assertThrows(MappingException.class, () -> customers.get("c9"));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Shop{PK=CUSTOMER#c9, SK=PROFILE}: the item is of type Order, expected CUSTOMER");
  }

  // ---------------------------------------------------------------- updates keep index keys fresh

  @Test
  void update_ofAnIndexComponent_movesTheItemWithinTheIndex() {
    Order shipped =
        orders.update("c1", MAY, "o1").set(OrderSchema.STATUS, OrderStatus.SHIPPED).execute();
    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(orders.queryByGsi2(OrderStatus.SHIPPED).list())
        .containsExactly(shipped, O2)
        .inOrder();
    assertThat(orders.queryByGsi2(OrderStatus.PLACED).list()).containsExactly(O4);
  }

  @Test
  void update_ofAnIndexComponentToNull_takesTheItemOutOfTheSparseIndex() {
    orders.update("c1", MAY, "o1").set(OrderSchema.STATUS, null).execute();
    assertThat(orders.queryByGsi2(OrderStatus.PLACED).list()).containsExactly(O4);
    Map<String, AttributeValue> stored =
        getRaw(OrderSchema.INSTANCE.layout().primaryKeyOf("c1", MAY, "o1"));
    assertThat(stored).doesNotContainKey("GSI2PK");
    assertThat(stored).doesNotContainKey("GSI2SK");
  }

  @Test
  void update_ofAnEmail_rewritesTheLookupKey_andPutsAnItemIntoASparseIndex() {
    customers.update("c1").set(CustomerSchema.EMAIL, "ada@new.example").execute();
    assertThat(customers.queryByGsi1("ada@example.com").list()).isEmpty();
    assertThat(customers.queryByGsi1("ada@new.example").first().map(Customer::name))
        .hasValue("Ada");
    customers.update("c2").set(CustomerSchema.EMAIL, "bob@example.com").execute();
    assertThat(customers.queryByGsi1("bob@example.com").first().map(Customer::name))
        .hasValue("Bob");
  }

  @Test
  void update_ofATableKeyComponent_isRejectedBeforeSending_andChangesNothing() {
    Map<String, AttributeValue> key = OrderSchema.INSTANCE.layout().primaryKeyOf("c1", MAY, "o1");
    Map<String, AttributeValue> before = getRaw(key);
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> orders.update("c1", MAY, "o1").set(OrderSchema.ORDER_ID, "o9").execute());
    assertThat(error).hasMessageThat().contains("a key cannot change");
    assertThrows(
        IllegalArgumentException.class,
        () -> lines.update("o1", 1).add(OrderLineSchema.LINE_NO, 1).execute());
    assertThat(getRaw(key)).isEqualTo(before);
  }

  // ---------------------------------------------------------------- transactions and batches

  @Test
  void writeTransaction_acrossMembers_appliesEveryAction() {
    Customer cy = new Customer("c3", "Cy", "cy@example.com");
    Order o5 = new Order("c3", "o5", JULY, OrderStatus.PLACED, BigDecimal.TEN);
    OrderLine line = new OrderLine("o5", 1, "SKU-Z", 5);
    WriteTransaction.of(keyspan)
        .add(customers.putOperation(cy))
        .add(orders.putOperation(o5))
        .add(lines.putOperation(line))
        .add(orders.update("c1", MAY, "o1").set(OrderSchema.STATUS, OrderStatus.SHIPPED))
        .execute();
    assertThat(shop.customer("c3").list().items()).containsExactly(o5, cy).inOrder();
    assertThat(shop.order("o5").list().items()).containsExactly(line, o5).inOrder();
    assertThat(orders.queryByGsi2(OrderStatus.PLACED).list()).containsExactly(O4, o5).inOrder();
  }

  @Test
  void writeTransaction_acrossMembers_reportsACancellationReasonPerAction() {
    Customer cy = new Customer("c3", "Cy", null);
    TransactionCanceledException error =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                WriteTransaction.of(keyspan)
                    .add(customers.putOperation(cy))
                    .add(orders.putOperation(O1).when(OrderSchema.ORDER_ID.notExists()))
                    .add(lines.update("o1", 1).set(OrderLineSchema.QUANTITY, 9))
                    .execute());
    assertThat(error.reasons().stream().map(CancellationReason::code).toList())
        .containsExactly("None", "ConditionalCheckFailed", "None")
        .inOrder();
    assertThat(customers.get("c3")).isEmpty();
    assertThat(lines.get("o1", 1)).hasValue(LINE_1);
  }

  @Test
  void readTransaction_acrossMembers_typesEachPosition() {
    ReadTransaction.Result result =
        ReadTransaction.of(keyspan)
            .add(customers.getOperation("c1"))
            .add(orders.getOperation("c1", JUNE, "o2"))
            .add(orders.getOperation("c1", JUNE, "o9"))
            .execute();
    assertThat(result.get(0, customers)).hasValue(ADA);
    assertThat(result.get(1, orders)).hasValue(O2);
    assertThat(result.get(2, orders)).isEmpty();
  }

  @Test
  void batchGet_acrossMembers_answersEachKeyInItsPosition() {
    List<Optional<StoredItem<ShopItem>>> answers =
        shop.batchGet(
            List.of(
                lines.key("o1", 10),
                orders.key("c1", JUNE, "o9"),
                customers.key("c1"),
                orders.key("c1", JUNE, "o2")));
    assertThat(answers)
        .containsExactly(
            Optional.of(new StoredItem.Typed<ShopItem>(LINE_10)),
            Optional.empty(),
            Optional.of(new StoredItem.Typed<ShopItem>(ADA)),
            Optional.of(new StoredItem.Typed<ShopItem>(O2)))
        .inOrder();
  }

  @Test
  void batchGet_ofAMember_isTyped() {
    assertThat(orders.batchGet(List.of(orders.key("c1", MAY, "o1"), orders.key("c2", MAY, "o4"))))
        .containsExactly(O1, O4);
  }
}
