package io.keyspan.test;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.TimeToLive;
import java.time.Instant;

/** A session that expires: the table's time to live attribute. */
@Table(name = "Sessions")
public record Session(
    @PartitionKey @Attribute("SessionID") String sessionId,
    @TimeToLive @Attribute("ExpiresAt") Instant expiresAt) {}
