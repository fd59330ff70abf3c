package io.keyspan.processor.it.declared;

/** A projection of {@link Order}: two of its properties, read without the rest of the item. */
public record OrderSummary(String orderId, long total) {}
