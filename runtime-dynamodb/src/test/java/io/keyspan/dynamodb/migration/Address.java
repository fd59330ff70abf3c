package io.keyspan.dynamodb.migration;

import io.keyspan.annotations.Document;

/** Keyspan's view of {@link EnhancedAddress}. */
@Document
public record Address(String street, String city) {}
