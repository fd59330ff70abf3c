package io.keyspan.dynamodb.migration;

import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import java.time.Instant;
import java.util.List;

/** The table of {@link Order} read with Keyspan's defaults: no {@code @StoredAs} at all. */
@Table(name = "Orders")
public record PlainOrder(
    @PartitionKey String customer,
    @SortKey Instant placedAt,
    Instant shippedAt,
    boolean gift,
    Address shipTo,
    List<Address> stops) {}
