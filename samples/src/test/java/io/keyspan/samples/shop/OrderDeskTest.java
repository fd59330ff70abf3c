package io.keyspan.samples.shop;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.test.Faults;
import io.keyspan.test.KeyspanTest;
import io.keyspan.test.Operation;
import io.keyspan.test.TestClock;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The shop's rules, each test on a fresh in-memory engine with the Customers and Orders tables. */
@KeyspanTest(tables = {Customer.class, Order.class})
class OrderDeskTest {
  private Keyspan keyspan;
  private TestClock clock;
  private OrderDesk desk;

  @BeforeEach
  void openTheShop() {
    desk = ShopComponent.create(keyspan).orderDesk();
    desk.register(Customer.newCustomer("alice", "Alice", "alice@example.org"));
  }

  private Order place(String orderId) {
    return desk.place("alice", orderId, new BigDecimal("25"), List.of("book"), clock.instant());
  }

  @Test
  void placingAnOrder_countsItOnTheCustomer() {
    place("A-0001");

    assertThat(desk.orderCount("alice")).isEqualTo(1);
    assertThat(desk.customer("alice").orElseThrow().orderCount()).isEqualTo(1);
  }

  @Test
  void placingAnOrderTwice_isCancelled_andTheCountStays() {
    place("A-0001");

    TransactionCanceledException twice =
        assertThrows(TransactionCanceledException.class, () -> place("A-0001"));

    assertThat(twice.reasons().stream().map(CancellationReason::code).toList())
        .containsExactly("ConditionalCheckFailed", "None")
        .inOrder();
    assertThat(desk.customer("alice").orElseThrow().orderCount()).isEqualTo(1);
  }

  @Test
  void aConcurrentTransactionOnTheCustomer_cancelsThePlacement_andChangesNothing(Faults faults) {
    faults
        .on(Operation.TRANSACT_WRITE_ITEMS)
        .touching("Customers", Map.of("CustomerID", AttributeValue.s("alice")))
        .times(1)
        .transactionConflict();

    TransactionCanceledException conflict =
        assertThrows(TransactionCanceledException.class, () -> place("A-0001"));

    assertThat(conflict.reasons().stream().map(CancellationReason::code).toList())
        .containsExactly("None", "TransactionConflict")
        .inOrder();
    assertThat(desk.orderCount("alice")).isEqualTo(0);
    place("A-0001");
    assertThat(desk.orderCount("alice")).isEqualTo(1);
  }

  @Test
  void lateOrders_followTheTestClock() {
    place("A-0001");
    clock.advance(Duration.ofDays(2));
    place("A-0002");

    List<Order> late = desk.waitingSince(clock.instant().minus(Duration.ofDays(1)));

    assertThat(late.stream().map(Order::orderId).toList()).containsExactly("A-0001");
  }

  @Test
  void anSdkClient_seesWhatTheDeskWrote(DynamoDbClient dynamo) {
    place("A-0001");

    var item =
        dynamo
            .getItem(
                b ->
                    b.tableName("Orders")
                        .key(
                            Map.of(
                                "CustomerID",
                                    software.amazon.awssdk.services.dynamodb.model.AttributeValue
                                        .fromS("alice"),
                                "OrderID",
                                    software.amazon.awssdk.services.dynamodb.model.AttributeValue
                                        .fromS("A-0001"))))
            .item();

    assertThat(item.get("Status").s()).isEqualTo("PLACED");
  }
}
