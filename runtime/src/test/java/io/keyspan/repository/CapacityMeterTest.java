package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.Capacity;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB reports consumed capacity only when a request sets ReturnConsumedCapacity (API
 * reference: ConsumedCapacity).
 */
class CapacityMeterTest {
  private final List<Object> requests = new ArrayList<>();

  /** Reports 0.5 read units (or 1 write unit per batch table) only when asked, as DynamoDB does. */
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
                if (arguments[0] instanceof QueryRequest query) {
                  return new PageResponse(
                      List.of(),
                      0,
                      0,
                      null,
                      reported(query.returnConsumedCapacity(), Capacity.read(0.5)));
                }
                if (arguments[0] instanceof GetItemRequest get) {
                  return new GetItemResponse(
                      null, reported(get.returnConsumedCapacity(), Capacity.read(0.5)));
                }
                if (arguments[0] instanceof BatchWriteItemRequest batch) {
                  return new BatchWriteItemResponse(
                      Map.of(),
                      batch.requestItems().keySet().stream()
                          .map(table -> ConsumedCapacity.total(table, Capacity.write(1)))
                          .toList());
                }
                throw new UnsupportedOperationException(method.getName());
              });

  private final Keyspan db =
      Keyspan.builder()
          .engine(engine)
          .tableNamePrefix("dev_")
          .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
          .build();
  private final CapacityMeter meter = CapacityMeter.on(db);

  private static ConsumedCapacity reported(ReturnConsumedCapacity asked, Capacity capacity) {
    return asked == ReturnConsumedCapacity.NONE ? null : ConsumedCapacity.total("Users", capacity);
  }

  private static QueryRequest.Builder query() {
    return QueryRequest.builder(
        "Users",
        KeyCondition.of(
            new KeyCondition.Compare(
                "UserID", ComparisonOperator.EQ, new Literal(AttributeValue.s("123")))));
  }

  @Test
  void everyRequestAsksForItsCost_andTheMeterAddsItUp() {
    meter.keyspan().engine().query(query().build());
    meter
        .keyspan()
        .engine()
        .getItem(
            GetItemRequest.builder("Users", Map.of("UserID", AttributeValue.s("123"))).build());

    assertThat(((QueryRequest) requests.get(0)).returnConsumedCapacity())
        .isEqualTo(ReturnConsumedCapacity.TOTAL);
    assertThat(meter.take()).isEqualTo(new Capacity(1, 1, 0));
  }

  @Test
  void take_startsAgainFromZero() {
    meter.keyspan().engine().query(query().build());
    meter.take();

    assertThat(meter.take()).isEqualTo(Capacity.ZERO);
  }

  @Test
  void aRequestAskingForIndexes_keepsItsBreakdown() {
    meter
        .keyspan()
        .engine()
        .query(query().returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build());

    assertThat(((QueryRequest) requests.get(0)).returnConsumedCapacity())
        .isEqualTo(ReturnConsumedCapacity.INDEXES);
  }

  @Test
  void batchResponses_countEveryTable() {
    meter
        .keyspan()
        .engine()
        .batchWriteItem(
            new BatchWriteItemRequest(
                Map.of(
                    "Users",
                        List.of(
                            new io.keyspan.engine.WriteRequest.Delete(
                                Map.of("UserID", AttributeValue.s("1")))),
                    "Orders",
                        List.of(
                            new io.keyspan.engine.WriteRequest.Delete(
                                Map.of("OrderID", AttributeValue.s("2"))))),
                null));

    assertThat(meter.take()).isEqualTo(new Capacity(2, 0, 2));
  }

  @Test
  void meteredHandle_keepsTheTableNamesAndClockOfTheOriginal() {
    assertThat(meter.keyspan().tableName("Users")).isEqualTo("dev_Users");
    assertThat(meter.keyspan().clock()).isSameInstanceAs(db.clock());
  }
}
