package io.keyspan.processor.it.shop;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Declared queries of the member Order, on the components of its key templates. */
@Repository(Order.class)
public interface OrderQueries {
  List<Order> findByCustomerId(String customerId);

  List<Order> findByCustomerIdOrderByPlacedAtDesc(String customerId);

  List<Order> findByCustomerIdAndPlacedAtBetween(String customerId, Instant from, Instant to);

  List<Order> findByCustomerIdAndPlacedAtGreaterThan(String customerId, Instant after);

  List<Order> findByCustomerIdAndPlacedAtLessThanEqual(String customerId, Instant until);

  Optional<Order> findByCustomerIdAndPlacedAtAndOrderId(
      String customerId, Instant placedAt, String orderId);

  Optional<Order> findFirstByOrderId(String orderId);

  List<Order> findByCustomerIdAndStatus(String customerId, OrderStatus status);

  long countByCustomerId(String customerId);

  @Query(
      key = "customerId = :customer AND placedAt BETWEEN :from AND :to",
      filter = "total > :minimum")
  List<Order> placedBetween(String customer, Instant from, Instant to, BigDecimal minimum);
}
