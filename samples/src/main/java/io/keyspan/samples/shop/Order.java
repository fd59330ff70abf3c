package io.keyspan.samples.shop;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.IndexSortKey;
import io.keyspan.annotations.LocalIndexSortKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order, stored with its customer's other orders: the composite key (CustomerID, OrderID) makes
 * one item collection per customer, in order-id order. Two secondary indexes serve the other access
 * patterns:
 *
 * <ul>
 *   <li>{@code ByStatus} (global: Status, PlacedAt): the orders waiting to ship, oldest first, over
 *       all customers;
 *   <li>{@code ByTotal} (local: CustomerID, Total): a customer's orders by value.
 * </ul>
 */
@Table(name = "Orders")
public record Order(
    @PartitionKey @Attribute("CustomerID") String customerId,
    @SortKey @Attribute("OrderID") String orderId,
    @IndexPartitionKey("ByStatus") @Attribute("Status") OrderStatus status,
    @IndexSortKey("ByStatus") @Attribute("PlacedAt") Instant placedAt,
    @LocalIndexSortKey("ByTotal") @Attribute("Total") BigDecimal total,
    @Attribute("Lines") List<String> lines) {

  @Override
  public String toString() {
    return customerId + "/" + orderId + " " + status + " " + total + " " + lines;
  }
}
