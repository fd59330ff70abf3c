package io.keyspan.dynamodb.migration;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.server.KeyspanServer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One table, two mappers: the AWS SDK v2 Enhanced Client writes through the SDK to Keyspan's server
 * on loopback, Keyspan reads the same in-memory engine directly, and the reverse. With
 * {@code @StoredAs({INSTANT_TO_STRING, NULL_FIELDS_NULL})} Keyspan writes byte for byte what the
 * Enhanced Client writes.
 */
class EnhancedClientInteropTest {
  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");
  private static final Instant SHIPPED = Instant.parse("2024-05-02T08:30:00.250Z");

  private final Keyspan db = Keyspan.inMemory();
  private final KeyspanServer server = KeyspanServer.start(db.engine(), 0);
  private final DynamoDbClient client =
      DynamoDbClient.builder()
          .endpointOverride(server.endpoint())
          .region(Region.US_EAST_1)
          .credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .httpClientBuilder(UrlConnectionHttpClient.builder())
          .build();
  private final DynamoDbTable<EnhancedOrder> enhancedOrders =
      DynamoDbEnhancedClient.builder()
          .dynamoDbClient(client)
          .build()
          .table("Orders", TableSchema.fromBean(EnhancedOrder.class));
  private final OrderRepository orders = new OrderRepository(db);

  @BeforeEach
  void createTable() {
    orders.createTable();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static Order order(String customer, Instant placedAt) {
    return new Order(
        customer,
        placedAt,
        SHIPPED,
        true,
        new Address("1 Main St", null),
        List.of(new Address(null, "Paris")));
  }

  private static EnhancedOrder enhancedOrder(String customer, Instant placedAt) {
    EnhancedOrder order = new EnhancedOrder();
    order.setCustomer(customer);
    order.setPlacedAt(placedAt);
    order.setShippedAt(SHIPPED);
    order.setGift(true);
    order.setShipTo(new EnhancedAddress("1 Main St", null));
    order.setStops(List.of(new EnhancedAddress(null, "Paris")));
    return order;
  }

  private Map<String, AttributeValue> stored(String customer, Instant placedAt) {
    return stored(customer, placedAt.toString());
  }

  private Map<String, AttributeValue> stored(String customer, String placedAt) {
    Map<String, AttributeValue> item =
        new LinkedHashMap<>(
            client
                .getItem(
                    b ->
                        b.tableName("Orders")
                            .key(
                                Map.of(
                                    "customer",
                                    AttributeValue.fromS(customer),
                                    "placedAt",
                                    AttributeValue.fromS(placedAt))))
                .item());
    item.remove("customer");
    return item;
  }

  @Test
  void keyspanStoresExactlyWhatTheEnhancedClientStores() {
    enhancedOrders.putItem(enhancedOrder("by-enhanced", NOON));
    orders.put(order("by-keyspan", NOON));

    Map<String, AttributeValue> enhanced = stored("by-enhanced", NOON);
    assertThat(stored("by-keyspan", NOON)).isEqualTo(enhanced);
    assertThat(enhanced.get("placedAt")).isEqualTo(AttributeValue.fromS("2024-05-01T12:00:00Z"));
    assertThat(enhanced.get("shippedAt"))
        .isEqualTo(AttributeValue.fromS("2024-05-02T08:30:00.250Z"));
    assertThat(enhanced.get("shipTo").m().get("city")).isEqualTo(AttributeValue.fromNul(true));
  }

  @Test
  void nullTopLevelAttributes_areLeftOutByBoth() {
    EnhancedOrder sparse = new EnhancedOrder();
    sparse.setCustomer("by-enhanced");
    sparse.setPlacedAt(NOON);
    enhancedOrders.putItem(sparse);
    orders.put(new Order("by-keyspan", NOON, null, false, null, null));

    assertThat(stored("by-keyspan", NOON)).isEqualTo(stored("by-enhanced", NOON));
    assertThat(stored("by-keyspan", NOON).keySet()).containsExactly("placedAt", "gift");
  }

  @Test
  void keyspanReadsWhatTheEnhancedClientWrote_byKeyAndByPrefix() {
    enhancedOrders.putItem(enhancedOrder("c-1", NOON));
    enhancedOrders.putItem(enhancedOrder("c-1", Instant.parse("2024-06-01T00:00:00Z")));

    assertThat(orders.get("c-1", NOON)).hasValue(order("c-1", NOON));
    assertThat(orders.query("c-1").sortKey(placedAt -> placedAt.beginsWith("2024-05")).list())
        .containsExactly(order("c-1", NOON));
  }

  @Test
  void theEnhancedClientReadsWhatKeyspanWrote_byKeyAndByPrefix() {
    orders.put(order("c-2", NOON));
    orders.put(order("c-2", Instant.parse("2024-06-01T00:00:00Z")));

    EnhancedOrder read =
        enhancedOrders.getItem(
            Key.builder().partitionValue("c-2").sortValue(NOON.toString()).build());
    assertThat(read.getShippedAt()).isEqualTo(SHIPPED);
    assertThat(read.isGift()).isTrue();
    assertThat(read.getShipTo().getStreet()).isEqualTo("1 Main St");
    assertThat(read.getShipTo().getCity()).isNull();
    assertThat(read.getStops().get(0).getCity()).isEqualTo("Paris");
    List<Instant> may =
        enhancedOrders
            .query(
                QueryConditional.sortBeginsWith(
                    Key.builder().partitionValue("c-2").sortValue("2024-05").build()))
            .items()
            .stream()
            .map(EnhancedOrder::getPlacedAt)
            .toList();
    assertThat(may).containsExactly(NOON);
  }

  @Test
  void theEnhancedClientReadsKeyspansDefaultFormsToo() {
    new PlainOrderRepository(db)
        .put(new PlainOrder("c-4", NOON, SHIPPED, true, new Address("1 Main St", null), List.of()));

    EnhancedOrder read =
        enhancedOrders
            .query(QueryConditional.keyEqualTo(Key.builder().partitionValue("c-4").build()))
            .items()
            .stream()
            .findFirst()
            .orElseThrow();

    assertThat(read.getPlacedAt()).isEqualTo(NOON);
    assertThat(read.getShippedAt()).isEqualTo(SHIPPED);
    assertThat(read.getShipTo().getStreet()).isEqualTo("1 Main St");
    assertThat(read.getShipTo().getCity()).isNull();
    assertThat(stored("c-4", "2024-05-01T12:00:00.000000000Z").get("shipTo").m())
        .doesNotContainKey("city");
  }

  @Test
  void keyspansDefaults_readTheEnhancedClientsItemsToo() {
    enhancedOrders.putItem(enhancedOrder("c-3", NOON));

    PlainOrder read = new PlainOrderRepository(db).query("c-3").list().get(0);

    assertThat(read.placedAt()).isEqualTo(NOON);
    assertThat(read.shipTo()).isEqualTo(new Address("1 Main St", null));
    assertThat(read.stops()).containsExactly(new Address(null, "Paris"));
  }
}
