package io.keyspan.dynamodb.migration;

import io.keyspan.annotations.Encoding;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.StoredAs;
import io.keyspan.annotations.Table;
import java.time.Instant;
import java.util.List;

/** Keyspan's view of a table the Enhanced Client writes ({@link EnhancedOrder}). */
@Table(name = "Orders")
@StoredAs({Encoding.INSTANT_TO_STRING, Encoding.NULL_FIELDS_NULL})
public record Order(
    @PartitionKey String customer,
    @SortKey Instant placedAt,
    Instant shippedAt,
    boolean gift,
    Address shipTo,
    List<Address> stops) {}
