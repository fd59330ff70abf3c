package io.keyspan.processor.it.declared;

import io.keyspan.annotations.Delete;
import io.keyspan.annotations.Put;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Update;
import java.util.Optional;
import java.util.Set;

/** A declared repository with annotated and derived writes of every return type. */
@Repository(Order.class)
public interface OrderWrites {
  @Update(
      update = "SET Total = Total + :amount ADD Tags :tags",
      condition = "attribute_exists(CustomerID)")
  Order addToTotal(String customerId, String orderId, long amount, Set<String> tags);

  @Update(update = "REMOVE Tags", returnValues = Update.ReturnValues.ALL_OLD)
  Optional<Order> clearTags(String customerId, String orderId);

  @Update(update = "SET Status = :status", condition = "Status = :expected")
  boolean transition(String customerId, String orderId, String status, String expected);

  @Delete(condition = "Total = :total")
  void deleteIfTotal(String customerId, String orderId, long total);

  @Delete
  Optional<Order> remove(String customerId, String orderId);

  @Put(condition = "attribute_not_exists(CustomerID)")
  boolean create(Order order);

  @Put
  void save(Order order);

  void deleteByCustomerIdAndOrderId(String customerId, String orderId);
}
