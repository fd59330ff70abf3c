package io.keyspan.processor.it.encoding;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Encoding;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.StoredAs;
import io.keyspan.annotations.TimeToLive;
import io.keyspan.annotations.UpdatedAt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table with the Enhanced Client's forms by default, and other choices per attribute. */
@io.keyspan.annotations.Table(name = "Shipments")
@StoredAs({Encoding.INSTANT_TO_STRING, Encoding.NULL_FIELDS_NULL})
public record Shipment(
    @PartitionKey @Attribute("Id") String id,
    @SortKey @Attribute("SentAt") Instant sentAt,
    @StoredAs(Encoding.INSTANT_MILLIS) @Attribute("PaidAt") Instant paidAt,
    @StoredAs(Encoding.INSTANT_FIXED_WIDTH) @Attribute("CheckedAt") Optional<Instant> checkedAt,
    @StoredAs(Encoding.BOOLEAN_NUMBER) @Attribute("Gift") boolean gift,
    @Attribute("Fragile") boolean fragile,
    @Attribute("Scans") List<Instant> scans,
    @StoredAs(Encoding.BOOLEAN_NUMBER) @Attribute("Flags") Map<String, Boolean> flags,
    @Attribute("Parcel") Parcel parcel,
    @StoredAs(Encoding.NULL_FIELDS_ABSENT) @Attribute("Spare") Parcel spare,
    @Attribute("Parcels") List<Parcel> parcels,
    @UpdatedAt @Attribute("UpdatedAt") Instant updatedAt,
    @TimeToLive @Attribute("ExpiresAt") Instant expiresAt) {}
