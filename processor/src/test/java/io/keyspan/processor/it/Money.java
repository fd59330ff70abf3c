package io.keyspan.processor.it;

/** A value type without a built-in mapping; {@link MoneyConverter} stores it. */
public record Money(long cents, String currency) {}
