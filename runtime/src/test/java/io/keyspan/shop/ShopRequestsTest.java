package io.keyspan.shop;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.repository.Explanation;
import io.keyspan.repository.Key;
import io.keyspan.repository.QueryOperation;
import io.keyspan.repository.StringSortKey;
import io.keyspan.repository.TableRepository;
import io.keyspan.repository.UpdateOperation;
import io.keyspan.schema.TableDefinition;
import io.keyspan.schema.TableSchema;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requests single-table operations build, explained without sending. */
class ShopRequestsTest {
  private static final Instant MAY = Instant.parse("2024-05-01T12:00:00Z");

  /** An engine no test may reach: these tests only build requests. */
  private static final Engine UNREACHABLE =
      (Engine)
          Proxy.newProxyInstance(
              Engine.class.getClassLoader(),
              new Class<?>[] {Engine.class},
              (proxy, method, arguments) -> {
                throw new AssertionError("sent " + method.getName());
              });

  private final Keyspan keyspan = Keyspan.using(UNREACHABLE);
  private final ShopItemTable shop = new ShopItemTable(keyspan);
  private final CustomerRepository customers = new CustomerRepository(keyspan);
  private final OrderRepository orders = new OrderRepository(keyspan);

  private static AttributeValue s(String value) {
    return AttributeValue.s(value);
  }

  @Test
  void memberQuery_isThePartitionAndTheSortPrefix_filteredByType() {
    Explanation explanation = orders.query("c1").explain();
    assertThat(explanation.expressions())
        .containsExactly(
            "KeyConditionExpression",
            "#n0 = :v0 AND begins_with(#n1, :v1)",
            "FilterExpression",
            "#n2 = :v2")
        .inOrder();
    assertThat(explanation.names()).containsExactly("#n0", "PK", "#n1", "SK", "#n2", "_type");
    assertThat(explanation.values())
        .containsExactly(":v0", s("CUSTOMER#c1"), ":v1", s("ORDER#"), ":v2", s("Order"));
  }

  @Test
  void indexQuery_usesTheIndexKeys() {
    Explanation explanation = customers.queryByGsi1("ada@example.com").explain();
    assertThat(explanation.indexName()).hasValue("GSI1");
    assertThat(explanation.names())
        .containsExactly("#n0", "GSI1PK", "#n1", "GSI1SK", "#n2", "_type");
    assertThat(explanation.values())
        .containsExactly(
            ":v0", s("EMAIL#ada@example.com"), ":v1", s("CUSTOMER"), ":v2", s("CUSTOMER"));
  }

  @Test
  void indexQuery_withASortTemplateStartingWithAComponent_hasNoSortCondition() {
    Explanation explanation = orders.queryByGsi2(OrderStatus.SHIPPED).explain();
    assertThat(explanation.expression("KeyConditionExpression")).hasValue("#n0 = :v0");
    assertThat(explanation.values()).containsEntry(":v0", s("STATUS#SHIPPED"));
  }

  @Test
  void collection_isThePartitionAlone_unfiltered() {
    Explanation explanation = shop.customer("c1").explain();
    assertThat(explanation.expressions()).containsExactly("KeyConditionExpression", "#n0 = :v0");
    assertThat(explanation.values()).containsExactly(":v0", s("CUSTOMER#c1"));
    assertThat(shop.order("o1").explain().indexName()).hasValue("GSI1");
  }

  @Test
  void collection_rejectsANullComponent() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> shop.customer(null));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("The component {customerId} of the key template CUSTOMER#{customerId} is null");
  }

  @Test
  void update_ofAnIndexComponent_setsTheIndexKeysInTheSameExpression() {
    Explanation explanation =
        orders.update("c1", MAY, "o1").set(OrderSchema.STATUS, OrderStatus.SHIPPED).explain();
    assertThat(explanation.expression("UpdateExpression"))
        .hasValue("SET #n0 = :v0, #n1 = :v1, #n2 = :v2, #n3 = :v3");
    assertThat(explanation.names().values())
        .containsExactly("status", "GSI2PK", "GSI2SK", "_type")
        .inOrder();
    assertThat(explanation.values().values())
        .containsExactly(
            s("SHIPPED"), s("STATUS#SHIPPED"), s("2024-05-01T12:00:00.000000000Z#o1"), s("Order"))
        .inOrder();
  }

  @Test
  void update_ofAnIndexComponentToNull_removesTheIndexKeys() {
    Explanation explanation =
        orders.update("c1", MAY, "o1").set(OrderSchema.STATUS, null).explain();
    assertThat(explanation.expression("UpdateExpression"))
        .hasValue("SET #n0 = :v0 REMOVE #n1, #n2, #n3");
    assertThat(explanation.names().values())
        .containsExactly("_type", "status", "GSI2PK", "GSI2SK")
        .inOrder();
  }

  /** A member repository as a declared repository's generated code would use it. */
  private static final class RenderedKeys extends TableRepository<Order> {
    RenderedKeys(Keyspan keyspan) {
      super(keyspan, OrderSchema.INSTANCE);
    }

    Key<Order> key(String partitionKey, String sortKey) {
      return newKey(partitionKey, sortKey);
    }

    UpdateOperation<Order> update(String partitionKey, String sortKey) {
      return newUpdate(key(partitionKey, sortKey));
    }

    QueryOperation<Order, StringSortKey<String>> query(String index, Object... components) {
      return newMemberQuery(index, components);
    }
  }

  @Test
  void renderedKey_isTheKeyAttributes() {
    RenderedKeys repository = new RenderedKeys(keyspan);
    assertThat(repository.key("CUSTOMER#c1", "ORDER#x#o1").values())
        .containsExactly("PK", s("CUSTOMER#c1"), "SK", s("ORDER#x#o1"))
        .inOrder();
    assertThat(repository.key("CUSTOMER#c1", "ORDER#2024-05-01T12:00:00.000000000Z#o1"))
        .isEqualTo(orders.key("c1", MAY, "o1"));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> repository.key("CUSTOMER#c1", null));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("The key of Shop is [PK, SK]: got CUSTOMER#c1, null");
  }

  @Test
  void update_withoutTheKeyComponents_cannotRenderAnIndexKeySharingThem() {
    RenderedKeys repository = new RenderedKeys(keyspan);
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                repository
                    .update("CUSTOMER#c1", "ORDER#x#o1")
                    .set(OrderSchema.STATUS, OrderStatus.SHIPPED)
                    .request());
    // A rendered key carries no component values; SingleTableSchemaTest checks the whole message.
    assertThat(error).hasMessageThat().contains("but not [placedAt, orderId]");
  }

  @Test
  void memberQuery_rejectsAnIndexWithoutTemplate_andTheWrongComponents() {
    RenderedKeys repository = new RenderedKeys(keyspan);
    assertThat(assertThrows(IllegalArgumentException.class, () -> repository.query("GSI3", "x")))
        .hasMessageThat()
        .isEqualTo("Order has no key template for the index GSI3");
    assertThat(assertThrows(IllegalArgumentException.class, () -> repository.query(null)))
        .hasMessageThat()
        .contains("takes the components [customerId], not 0 values");
  }

  /** A repository of a schema without key templates. */
  private static final class PlainRepository extends TableRepository<Map<String, AttributeValue>> {
    PlainRepository(Keyspan keyspan) {
      super(
          keyspan,
          new TableSchema<>() {
            @Override
            public TableDefinition definition() {
              return ShopItemSchema.TABLE.table();
            }

            @Override
            public Map<String, AttributeValue> toItem(Map<String, AttributeValue> item) {
              return item;
            }

            @Override
            public Map<String, AttributeValue> fromItem(Map<String, AttributeValue> item) {
              return item;
            }
          });
    }

    Key<Map<String, AttributeValue>> templateKey(String customerId) {
      return newTemplateKey(customerId);
    }
  }

  @Test
  void templateKey_onASchemaWithoutTemplates_isAnError() {
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> new PlainRepository(keyspan).templateKey("c1"));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("The items of Shop are not a single-table member type: no key templates");
  }
}
