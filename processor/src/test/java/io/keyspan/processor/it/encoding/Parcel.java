package io.keyspan.processor.it.encoding;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Document;
import io.keyspan.annotations.Encoding;
import io.keyspan.annotations.StoredAs;
import java.time.Instant;

/** A document that chooses for its own fields: the table's defaults do not reach inside. */
@Document
@StoredAs(Encoding.NULL_FIELDS_NULL)
public record Parcel(
    @Attribute("Label") String label,
    @Attribute("Grams") Integer grams,
    @Attribute("PackedAt") Instant packedAt,
    @Attribute("Seal") Seal seal) {}
