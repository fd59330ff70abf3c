package io.keyspan.processor.it.shop;

import io.keyspan.annotations.Delete;
import io.keyspan.annotations.Put;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Scan;
import io.keyspan.annotations.Update;
import java.time.Instant;
import java.util.List;

/** Declared writes and a scan of the member Order, keyed by its three table-key components. */
@Repository(Order.class)
public interface OrderCommands {
  @Put
  void save(Order order);

  @Update(update = "SET status = :status")
  Order setStatus(String customerId, Instant placedAt, String orderId, OrderStatus status);

  @Delete(condition = "status = :status")
  boolean deleteIf(String customerId, Instant placedAt, String orderId, OrderStatus status);

  @Scan(filter = "status = :status")
  List<Order> withStatus(OrderStatus status);
}
