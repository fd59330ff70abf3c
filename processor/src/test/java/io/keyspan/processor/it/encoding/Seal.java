package io.keyspan.processor.it.encoding;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Document;

/** A document nested in a document. */
@Document
public record Seal(@Attribute("Code") String code, @Attribute("By") String by) {}
