package io.keyspan.dynamodb.nativepath;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Convert;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

/** An item whose label can only be mapped in an engine's own values, never as Keyspan's. */
@Table(name = "Probes")
public record Probe(
    @PartitionKey @Attribute("Id") String id,
    @Attribute("Label") @Convert(NativeOnlyConverter.class) String label) {}
