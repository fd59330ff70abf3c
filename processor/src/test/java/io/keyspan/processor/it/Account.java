package io.keyspan.processor.it;

import io.keyspan.annotations.AtomicCounter;
import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.CreatedAt;
import io.keyspan.annotations.Index;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.TimeToLive;
import io.keyspan.annotations.UpdatedAt;
import io.keyspan.annotations.Version;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A versioned entity with every maintained attribute and a global index: the golden-file entity.
 */
@Table(
    name = "Accounts",
    billingMode = Table.BillingMode.PROVISIONED,
    readCapacity = 10,
    writeCapacity = 5)
@Index(name = "ByEmail", projection = Index.ProjectionType.KEYS_ONLY)
public record Account(
    @PartitionKey @Attribute("Owner") String owner,
    @SortKey @Attribute("Name") String name,
    @IndexPartitionKey("ByEmail") @Attribute("Email") String email,
    @Attribute("Balance") long balance,
    @Attribute("Tags") Set<String> tags,
    @Attribute("History") List<Integer> history,
    @Attribute("Address") Address address,
    @Version @Attribute("Version") Long version,
    @AtomicCounter(start = 100, delta = 5) @Attribute("Visits") Long visits,
    @CreatedAt @Attribute("CreatedAt") Instant createdAt,
    @UpdatedAt @Attribute("UpdatedAt") Instant updatedAt,
    @TimeToLive @Attribute("ExpiresAt") Instant expiresAt) {}
