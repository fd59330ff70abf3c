package io.keyspan.samples.shop;

import io.keyspan.Keyspan;
import io.keyspan.repository.Page;
import io.keyspan.repository.WriteTransaction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shop's business operations, over repositories it receives by injection. Each rule of the shop
 * is a condition DynamoDB checks atomically with the write, never a read followed by a write.
 */
@Singleton
public final class OrderDesk {
  private final Keyspan keyspan;
  private final CustomerRepository customers;
  private final OrderRepository orders;
  private final OrderQueries queries;

  @Inject
  OrderDesk(
      Keyspan keyspan, CustomerRepository customers, OrderRepository orders, OrderQueries queries) {
    this.keyspan = keyspan;
    this.customers = customers;
    this.orders = orders;
    this.queries = queries;
  }

  /**
   * Stores a new customer. The customer has no version yet, so the put requires that no item has
   * its id: registering an id twice fails with an optimistic-locking error.
   */
  public Customer register(Customer customer) {
    return customers.put(customer);
  }

  /**
   * Places an order and counts it on the customer, all or nothing: the order must be new and the
   * customer must exist, or neither item changes.
   *
   * @throws io.keyspan.exception.TransactionCanceledException when either condition fails
   */
  public Order place(
      String customerId, String orderId, BigDecimal total, List<String> lines, Instant now) {
    Order order = new Order(customerId, orderId, OrderStatus.PLACED, now, total, lines);
    WriteTransaction.of(keyspan)
        .add(orders.putOperation(order).when(OrderSchema.ORDER_ID.notExists()))
        .add(
            customers
                .update(customerId)
                .add(CustomerSchema.ORDER_COUNT, 1L)
                .when(CustomerSchema.CUSTOMER_ID.exists()))
        .execute();
    return order;
  }

  /**
   * Ships a placed order. The condition makes shipping idempotent under races: of two clerks
   * shipping the same order, one succeeds and the other gets a failed condition.
   *
   * @throws io.keyspan.exception.ConditionalCheckFailedException when the order is not PLACED
   */
  public Order ship(String customerId, String orderId) {
    return orders
        .update(customerId, orderId)
        .set(OrderSchema.STATUS, OrderStatus.SHIPPED)
        .when(OrderSchema.STATUS.eq(OrderStatus.PLACED))
        .execute();
  }

  /** Stores a changed customer read earlier; fails if someone else changed it in between. */
  public Customer save(Customer customer) {
    return customers.put(customer);
  }

  public Optional<Customer> customer(String customerId) {
    return customers.get(customerId);
  }

  public Optional<Customer> customerByEmail(String email) {
    return customers.queryByEmail(email).first();
  }

  /**
   * One page of a customer's orders in order-id order; pass the previous page's cursor for the
   * next.
   */
  public Page<Order> orderHistory(String customerId, int pageSize, String cursor) {
    return orders.query(customerId).pageSize(pageSize).startAfter(cursor).page();
  }

  /** The orders waiting to ship, oldest first, over every customer (global index ByStatus). */
  public List<Order> toShip() {
    return orders.queryByStatus(OrderStatus.PLACED).list();
  }

  /** A customer's most valuable orders (local index ByTotal, read backwards). */
  public List<Order> biggestOrders(String customerId, int count) {
    return orders.queryByTotal(customerId).descending().limit(count).list();
  }

  /**
   * A customer's orders of at least {@code minimum} whose ids start with {@code prefix}, last id
   * first.
   */
  public List<Order> ordersWorthAtLeast(String customerId, String prefix, BigDecimal minimum) {
    return queries.ordersWorthAtLeast(customerId, prefix, minimum);
  }

  /** Placed orders still waiting to ship at {@code moment}: the late ones. */
  public List<Order> waitingSince(Instant moment) {
    return queries.inStatusBefore(OrderStatus.PLACED, moment);
  }

  public List<Order> inStatus(OrderStatus status) {
    return queries.findByStatus(status);
  }

  public long orderCount(String customerId) {
    return queries.countByCustomerId(customerId);
  }
}
