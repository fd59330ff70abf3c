package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.shop.Customer;
import io.keyspan.shop.CustomerSchema;
import io.keyspan.shop.Order;
import io.keyspan.shop.OrderLine;
import io.keyspan.shop.OrderLineSchema;
import io.keyspan.shop.OrderSchema;
import io.keyspan.shop.OrderStatus;
import io.keyspan.shop.ShopItem;
import io.keyspan.shop.ShopItemSchema;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Writing and reading the shop's items through the hand-written generated schemas. */
class SingleTableSchemaTest {
  private static final Instant PLACED = Instant.parse("2024-05-01T12:00:00Z");
  private static final Order ORDER =
      new Order("c1", "o7", PLACED, OrderStatus.PLACED, new BigDecimal("12.5"));

  private static AttributeValue s(String value) {
    return AttributeValue.s(value);
  }

  @Test
  void member_toItem_writesItsAttributes_keys_indexKeys_andType() {
    Map<String, AttributeValue> item = OrderSchema.INSTANCE.write(ORDER);
    Map<String, AttributeValue> expected = new LinkedHashMap<>();
    expected.put("customerId", s("c1"));
    expected.put("orderId", s("o7"));
    expected.put("placedAt", s("2024-05-01T12:00:00.000000000Z"));
    expected.put("status", s("PLACED"));
    expected.put("total", AttributeValue.n(new BigDecimal("12.5")));
    expected.put("PK", s("CUSTOMER#c1"));
    expected.put("SK", s("ORDER#2024-05-01T12:00:00.000000000Z#o7"));
    expected.put("GSI1PK", s("ORDER#o7"));
    expected.put("GSI1SK", s("ORDER"));
    expected.put("GSI2PK", s("STATUS#PLACED"));
    expected.put("GSI2SK", s("2024-05-01T12:00:00.000000000Z#o7"));
    expected.put("_type", s("Order"));
    assertThat(item).containsExactlyEntriesIn(expected).inOrder();
  }

  @Test
  void member_toItem_leavesAnIndexKeyWithANullComponentAbsent_sparse() {
    Map<String, AttributeValue> item =
        OrderSchema.INSTANCE.write(new Order("c1", "o7", PLACED, null, null));
    assertThat(item).doesNotContainKey("GSI2PK");
    assertThat(item).doesNotContainKey("GSI2SK");
    assertThat(item).containsKey("GSI1PK");
  }

  @Test
  void member_toItem_rejectsANullPrimaryKeyComponent() {
    MappingException error =
        assertThrows(
            MappingException.class,
            () -> OrderSchema.INSTANCE.write(new Order("c1", "o7", null, null, null)));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Shop: Order: the table key (PK = CUSTOMER#{customerId}, SK ="
                + " ORDER#{placedAt}#{orderId}) needs [placedAt], which are null");
  }

  @Test
  void member_readsBackWhatItWrote() {
    assertThat(OrderSchema.INSTANCE.read(OrderSchema.INSTANCE.write(ORDER))).isEqualTo(ORDER);
    OrderLine line = new OrderLine("o7", 2, "SKU-1", 3);
    assertThat(OrderLineSchema.INSTANCE.read(OrderLineSchema.INSTANCE.write(line))).isEqualTo(line);
  }

  @Test
  void member_fromItem_ofAnotherType_namesTheTypeFoundAndExpected() {
    Map<String, AttributeValue> customer =
        CustomerSchema.INSTANCE.write(new Customer("c1", "Ada", "ada@example.com"));
    MappingException error =
        assertThrows(MappingException.class, () -> OrderSchema.INSTANCE.read(customer));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Shop{PK=CUSTOMER#c1, SK=PROFILE}: the item is of type CUSTOMER, expected Order");
  }

  @Test
  void member_fromItem_withoutType_saysSo() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(OrderSchema.INSTANCE.write(ORDER));
    item.remove("_type");
    assertThat(assertThrows(MappingException.class, () -> OrderSchema.INSTANCE.read(item)))
        .hasMessageThat()
        .endsWith("the item has no string attribute _type, expected Order");
  }

  @Test
  void table_write_dispatchesToTheMember() {
    assertThat(ShopItemSchema.INSTANCE.write(ORDER)).isEqualTo(OrderSchema.INSTANCE.write(ORDER));
    assertThat(ShopItemSchema.INSTANCE.memberOf(ORDER)).isSameInstanceAs(OrderSchema.INSTANCE);
    assertThat(ShopItemSchema.INSTANCE.member("LINE")).hasValue(OrderLineSchema.INSTANCE);
  }

  @Test
  void table_read_returnsTheTypedItem() {
    ShopItem customer = new Customer("c1", "Ada", null);
    assertThat(ShopItemSchema.INSTANCE.read(ShopItemSchema.INSTANCE.write(customer)))
        .isEqualTo(new StoredItem.Typed<>(customer));
  }

  @Test
  void table_read_ofAnUnknownOrMissingType_isAnUnknownItem_neverAnError() {
    Map<String, AttributeValue> gift =
        Map.of("PK", s("CUSTOMER#c1"), "SK", s("GIFT#1"), "_type", s("GIFT"));
    assertThat(ShopItemSchema.INSTANCE.read(gift))
        .isEqualTo(new StoredItem.Unknown<>(new UnknownItem(Optional.of("GIFT"), gift)));
    Map<String, AttributeValue> untyped = Map.of("PK", s("CUSTOMER#c1"), "SK", s("NOTE"));
    assertThat(ShopItemSchema.INSTANCE.read(untyped))
        .isEqualTo(new StoredItem.Unknown<>(new UnknownItem(Optional.empty(), untyped)));
    Map<String, AttributeValue> numberType =
        Map.of("PK", s("CUSTOMER#c1"), "SK", s("NOTE"), "_type", AttributeValue.n(1));
    assertThat(ShopItemSchema.INSTANCE.read(numberType))
        .isEqualTo(new StoredItem.Unknown<>(new UnknownItem(Optional.empty(), numberType)));
  }

  // ---------------------------------------------------------------- types derived from keys

  private static final SingleTableDefinition KEYED =
      SingleTableDefinition.withTypeFromKeys(ShopItemSchema.TABLE.table());
  private static final MemberLayout<Customer> KEYED_CUSTOMER =
      MemberLayout.builder(Customer.class, "CUSTOMER", KEYED)
          .component("customerId", CustomerSchema.CUSTOMER_ID, Customer::customerId)
          .key("CUSTOMER#{customerId}", "PROFILE")
          .build();
  private static final MemberLayout<Order> KEYED_ORDER =
      MemberLayout.builder(Order.class, "Order", KEYED)
          .component("customerId", OrderSchema.CUSTOMER_ID, Order::customerId)
          .component("placedAt", OrderSchema.PLACED_AT, Order::placedAt)
          .component("orderId", OrderSchema.ORDER_ID, Order::orderId)
          .key("CUSTOMER#{customerId}", "ORDER#{placedAt}#{orderId}")
          .build();

  @Test
  void typesFromKeys_writeNoTypeAttribute_andTellMembersApartByTheirTemplates() {
    Map<String, AttributeValue> order = KEYED_ORDER.keyAttributes(ORDER);
    assertThat(order.keySet()).containsExactly("PK", "SK").inOrder();
    assertThat(KEYED_ORDER.isTypeOf(order)).isTrue();
    assertThat(KEYED_CUSTOMER.isTypeOf(order)).isFalse();
    assertThat(KEYED_CUSTOMER.isTypeOf(Map.of("PK", s("CUSTOMER#c1"), "SK", s("PROFILE"))))
        .isTrue();
    assertThat(KEYED_ORDER.typeFilter()).isNull();
    MappingException error =
        assertThrows(
            MappingException.class,
            () -> KEYED_CUSTOMER.checkType(Map.of("PK", s("CUSTOMER#c1"), "SK", s("ORDER#x#y"))));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "the item's keys do not match the table key (PK = CUSTOMER#{customerId}, SK = PROFILE),"
                + " expected CUSTOMER");
  }

  /** A generated member schema's mapping over another layout. */
  private static <M> MemberSchema<M> over(MemberLayout<M> layout, MemberSchema<M> generated) {
    return new MemberSchema<>() {
      @Override
      public MemberLayout<M> layout() {
        return layout;
      }

      @Override
      public Map<String, AttributeValue> attributesOf(M item) {
        return generated.attributesOf(item);
      }

      @Override
      public M fromAttributes(Map<String, AttributeValue> item) {
        return generated.fromAttributes(item);
      }
    };
  }

  private static final SingleTableSchema<ShopItem> KEYED_SHOP =
      new SingleTableSchema<>() {
        @Override
        public SingleTableDefinition definition() {
          return KEYED;
        }

        @Override
        public List<MemberSchema<? extends ShopItem>> members() {
          return List.of(
              over(KEYED_CUSTOMER, CustomerSchema.INSTANCE),
              over(KEYED_ORDER, OrderSchema.INSTANCE));
        }
      };

  @Test
  void typesFromKeys_readATableWrittenWithoutTypes() {
    Customer ada = new Customer("c1", "Ada", null);
    Map<String, AttributeValue> customer = KEYED_SHOP.write(ada);
    Map<String, AttributeValue> order = KEYED_SHOP.write(ORDER);
    assertThat(customer).doesNotContainKey("_type");
    assertThat(KEYED_SHOP.read(customer)).isEqualTo(new StoredItem.Typed<>(ada));
    assertThat(KEYED_SHOP.read(order)).isEqualTo(new StoredItem.Typed<>(ORDER));
    Map<String, AttributeValue> gift = Map.of("PK", s("CUSTOMER#c1"), "SK", s("GIFT#1"));
    assertThat(KEYED_SHOP.read(gift))
        .isEqualTo(new StoredItem.Unknown<>(new UnknownItem(Optional.empty(), gift)));
  }

  // ---------------------------------------------------------------- definitions and layouts

  @Test
  void definition_acceptsAMultiAttributeIndexOfAnyScalarType_butNotTheTypeAttributeInIt() {
    TableDefinition league =
        TableDefinition.builder("League", KeyDefinition.of("PK", ScalarAttributeType.S))
            .index(
                IndexDefinition.global(
                    "ByLeague",
                    List.of(
                        KeyDefinition.of("league", ScalarAttributeType.S),
                        KeyDefinition.of("season", ScalarAttributeType.N)),
                    List.of(KeyDefinition.of("points", ScalarAttributeType.N)),
                    IndexProjection.ALL,
                    null))
            .build();
    assertThat(SingleTableDefinition.withTypeAttribute(league).table()).isEqualTo(league);
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> SingleTableDefinition.withTypeAttribute(league, "points")))
        .hasMessageThat()
        .isEqualTo("League: the item-type attribute points is also a key attribute");
  }

  @Test
  void definition_rejectsNonStringKeys_andATypeAttributeThatIsAKey() {
    TableDefinition numeric =
        TableDefinition.builder("T", KeyDefinition.of("PK", ScalarAttributeType.N)).build();
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> SingleTableDefinition.withTypeAttribute(numeric)))
        .hasMessageThat()
        .isEqualTo("T: the key attribute PK is N; keys rendered from templates are strings (S)");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> SingleTableDefinition.withTypeAttribute(ShopItemSchema.TABLE.table(), "SK")))
        .hasMessageThat()
        .isEqualTo("Shop: the item-type attribute SK is also a key attribute");
  }

  @Test
  void layout_rejectsTemplatesThatDoNotFitTheTable() {
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    MemberLayout.builder(Order.class, "Order", ShopItemSchema.TABLE)
                        .key("CUSTOMER#{customerId}", null)))
        .hasMessageThat()
        .isEqualTo("Order: the table key has the sort key SK, which needs a template");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    MemberLayout.builder(Order.class, "Order", ShopItemSchema.TABLE)
                        .index("GSI9", "X", "Y")))
        .hasMessageThat()
        .isEqualTo("Order: the table Shop has no index GSI9");
    assertThat(
            assertThrows(
                IllegalStateException.class,
                () ->
                    MemberLayout.builder(Order.class, "Order", ShopItemSchema.TABLE)
                        .key("CUSTOMER#{customerId}", "ORDER")
                        .build()))
        .hasMessageThat()
        .isEqualTo(
            "Order: the table key (PK = CUSTOMER#{customerId}, SK = ORDER) names the undeclared"
                + " component customerId");
    assertThrows(
        IllegalStateException.class,
        () -> MemberLayout.builder(Order.class, "Order", ShopItemSchema.TABLE).build());
  }

  @Test
  void primaryKeyOf_rendersFromComponentValuesInTemplateOrder() {
    assertThat(OrderSchema.INSTANCE.layout().primaryKeyOf("c1", PLACED, "o7"))
        .containsExactly("PK", s("CUSTOMER#c1"), "SK", s("ORDER#2024-05-01T12:00:00.000000000Z#o7"))
        .inOrder();
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> OrderSchema.INSTANCE.layout().primaryKeyOf("c1", null, "o7")))
        .hasMessageThat()
        .isEqualTo(
            "The component {placedAt} of the key template ORDER#{placedAt}#{orderId} is null");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> OrderSchema.INSTANCE.layout().primaryKeyOf("c1")))
        .hasMessageThat()
        .contains("takes the components [customerId, placedAt, orderId], not 1 values");
  }

  // ---------------------------------------------------------------- updates

  private static MemberLayout.KeyUpdate keyUpdate(
      Map<String, Object> assigned, String... computed) {
    return OrderSchema.INSTANCE.layout().keyUpdate(assigned, Map.of(), java.util.Set.of(computed));
  }

  @Test
  void keyUpdate_rendersTheIndexKeysOfTheComponentsSet_andTheType() {
    Map<String, Object> assigned = new LinkedHashMap<>();
    assigned.put("status", OrderStatus.SHIPPED);
    assigned.put("total", BigDecimal.TEN);
    MemberLayout.KeyUpdate update =
        OrderLineSchema.INSTANCE
            .layout()
            .keyUpdate(Map.of("sku", "x"), Map.of(), java.util.Set.of());
    assertThat(update.set()).containsExactly("_type", s("LINE"));
    assertThat(update.remove()).isEmpty();
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> keyUpdate(assigned));
    assertThat(missing)
        .hasMessageThat()
        .isEqualTo(
            "Order: the update sets [status] of the GSI2 (GSI2PK = STATUS#{status}, GSI2SK ="
                + " {placedAt}#{orderId}) but not [placedAt, orderId]; set them too, so the index"
                + " key is rendered whole and never left stale");
  }

  @Test
  void keyUpdate_takesIndexComponentsThatAreKeyComponentsFromTheKey() {
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("customerId", "c1");
    key.put("placedAt", PLACED);
    key.put("orderId", "o7");
    MemberLayout.KeyUpdate update =
        OrderSchema.INSTANCE
            .layout()
            .keyUpdate(Map.of("status", OrderStatus.SHIPPED), key, java.util.Set.of());
    assertThat(update.set())
        .containsExactly(
            "GSI2PK",
            s("STATUS#SHIPPED"),
            "GSI2SK",
            s("2024-05-01T12:00:00.000000000Z#o7"),
            "_type",
            s("Order"))
        .inOrder();
  }

  @Test
  void keyUpdate_removesTheIndexKeyWhenAComponentBecomesNull() {
    Map<String, Object> assigned = new LinkedHashMap<>();
    assigned.put("status", null);
    MemberLayout.KeyUpdate update = keyUpdate(assigned);
    assertThat(update.remove()).containsExactly("GSI2PK", "GSI2SK").inOrder();
    assertThat(update.set()).containsExactly("_type", s("Order"));
  }

  @Test
  void keyUpdate_rejectsChangingATableKeyComponent() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> keyUpdate(Map.of("orderId", "o8")));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Order: the update changes [orderId] of the table key (PK = CUSTOMER#{customerId}, SK"
                + " = ORDER#{placedAt}#{orderId}); a key cannot change: delete the item and put the"
                + " changed one in one transaction");
  }

  @Test
  void keyUpdate_rejectsComputingAComponent() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> keyUpdate(Map.of(), "status"));
    assertThat(error).hasMessageThat().contains("the update computes status from its stored value");
  }

  @Test
  void keyUpdate_withEveryComponentOfAnIndex_rendersBothKeyAttributes() {
    // Customer's GSI1 sort template has no component: setting the email writes both attributes,
    // since the item may have been out of the index (email null) before.
    MemberLayout.KeyUpdate update =
        CustomerSchema.INSTANCE
            .layout()
            .keyUpdate(Map.of("email", "b@x"), Map.of(), java.util.Set.of());
    assertThat(update.set())
        .containsExactly("GSI1PK", s("EMAIL#b@x"), "GSI1SK", s("CUSTOMER"), "_type", s("CUSTOMER"))
        .inOrder();
    assertThat(List.copyOf(update.remove())).isEmpty();
  }
}
