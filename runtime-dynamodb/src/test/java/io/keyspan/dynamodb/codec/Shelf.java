package io.keyspan.dynamodb.codec;

import io.keyspan.annotations.Document;

/** A nested document with a nested document. */
@Document
public record Shelf(String room, int row, Shelf above) {}
