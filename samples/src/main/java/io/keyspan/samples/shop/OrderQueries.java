package io.keyspan.samples.shop;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The shop's order access patterns, declared once and checked against the {@code Orders} table at
 * compile time: a typo in an attribute, a key condition DynamoDB would reject, or a placeholder
 * without a parameter is a build error. The processor writes {@code OrderQueries_Impl}.
 */
@Repository(Order.class)
public interface OrderQueries {
  /** A customer's orders whose id starts with a prefix, worth at least a minimum, last id first. */
  @Query(
      key = "CustomerID = :customerId AND begins_with(OrderID, :prefix)",
      filter = "Total >= :minimum",
      descending = true)
  List<Order> ordersWorthAtLeast(String customerId, String prefix, BigDecimal minimum);

  /** Orders in one status placed before a moment, oldest first (global index ByStatus). */
  @Query(index = "ByStatus", key = "Status = :status AND PlacedAt < :before")
  List<Order> inStatusBefore(OrderStatus status, Instant before);

  /**
   * Derived from the name: a Query on the table's partition key that counts without transferring
   * items.
   */
  long countByCustomerId(String customerId);

  /** Derived from the name: a Query of the ByStatus index. */
  List<Order> findByStatus(OrderStatus status);
}
