package io.keyspan.dynamodb.nativepath;

import io.keyspan.annotations.AtomicCounter;
import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.CreatedAt;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.UpdatedAt;
import io.keyspan.annotations.Version;
import java.time.Instant;

/** An item with every attribute Keyspan maintains on a put. */
@Table(name = "Ledgers")
public record Ledger(
    @PartitionKey @Attribute("Id") String id,
    @Attribute("Owner") String owner,
    @Version @Attribute("Version") Long version,
    @AtomicCounter(start = 100, delta = 5) @Attribute("Visits") Long visits,
    @CreatedAt @Attribute("CreatedAt") Instant createdAt,
    @UpdatedAt @Attribute("UpdatedAt") Instant updatedAt) {}
