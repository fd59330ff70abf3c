package io.keyspan.processor.it.declared;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.IndexSortKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import java.util.Set;

/**
 * Orders of a customer, with a global index by status and time: the declared repositories' table.
 */
@Table(name = "CustomerOrders")
public record Order(
    @PartitionKey @Attribute("CustomerID") String customerId,
    @SortKey @Attribute("OrderID") String orderId,
    @IndexPartitionKey("ByStatus") @Attribute("Status") String status,
    @IndexSortKey("ByStatus") @Attribute("PlacedAt") String placedAt,
    @Attribute("Total") long total,
    @Attribute("Tags") Set<String> tags) {}
