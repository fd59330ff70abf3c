package io.keyspan.processor.it.declared;

import io.keyspan.annotations.AllowScan;
import io.keyspan.annotations.Cursor;
import io.keyspan.annotations.Limit;
import io.keyspan.annotations.PageSize;
import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Scan;
import io.keyspan.repository.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A declared repository with annotated and derived reads of every return type. */
@Repository(Order.class)
public interface OrderQueries {
  @Query(
      key = "CustomerID = :customer AND begins_with(OrderID, :prefix)",
      filter = "Total > :minimum",
      descending = true)
  List<Order> recentOrders(String customer, String prefix, long minimum);

  @Query(key = "CustomerID = :customerId AND OrderID = :orderId")
  Optional<Order> byId(String customerId, String orderId);

  @Query(key = "CustomerID = :customerId AND OrderID = :orderId")
  Order one(String customerId, String orderId);

  @Query(index = "ByStatus", key = "Status = :status", limit = 1)
  Optional<Order> anyWithStatus(String status);

  @Scan(filter = "Total > :total AND size(Tags) >= :tagCount")
  Stream<Order> bigOrders(long total, int tagCount);

  @Query(key = "CustomerID = :customer", projection = "OrderID, Total")
  Page<Order> page(String customer, @PageSize int size, @Cursor String cursor);

  @Query(key = "CustomerID = :customer")
  List<Order> firstOrders(String customer, @Limit int count);

  @Query(key = "CustomerID = :customer")
  long countOrders(String customer);

  @Scan(filter = "contains(Tags, :tag)")
  boolean anyTagged(String tag);

  List<Order> findByCustomerId(String customerId);

  @Query(key = "CustomerID = :customer")
  List<OrderSummary> summaries(String customer);

  Stream<OrderSummary> findByStatus(String status);

  List<Order> findByStatusAndPlacedAtBetween(String status, String from, String to);

  Optional<Order> findFirstByCustomerIdOrderByOrderIdDesc(String customerId);

  List<Order> findTop2ByCustomerIdOrderByOrderIdDesc(String customerId);

  List<Order> findByCustomerIdAndOrderIdGreaterThan(
      String customerId, String after, @Limit int max);

  long countByCustomerIdAndTotalGreaterThan(String customerId, long total);

  boolean existsByStatus(String status);

  @AllowScan
  List<Order> findByTotalLessThan(long total);
}
