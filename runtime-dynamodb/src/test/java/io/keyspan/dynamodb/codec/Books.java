package io.keyspan.dynamodb.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The books of the type-coverage tests: every way a value reaches the SDK's types. */
public final class Books {
  private Books() {}

  /** A book with a value in every attribute, at the edges of each type. */
  public static Book full() {
    Shelf top = new Shelf("Attic", 9, null);
    Shelf shelf = new Shelf("Study", 2, top);
    Map<String, Integer> stock = new LinkedHashMap<>();
    stock.put("Lyon", 3);
    stock.put("Paris", null);
    return new Book(
        "978-3-16",
        2,
        Long.MIN_VALUE,
        4.25,
        true,
        true,
        0.1f,
        (short) -7,
        Integer.MAX_VALUE,
        new BigDecimal("12345678901234567890.123456789012345678"),
        new BigInteger("-99999999999999999999999999999999999999"),
        new byte[] {0, -1, 127},
        ByteBuffer.wrap(new byte[] {}),
        Book.Genre.ESSAY,
        Instant.parse("2024-05-01T12:00:00.123456789Z"),
        Instant.parse("2024-05-01T12:00:00.5Z"),
        LocalDate.of(2024, 2, 29),
        Optional.of("A subtitle"),
        java.util.Arrays.asList("Ada", null, ""),
        List.of(1.0e10, -0.0, 1.5e-7, 100.0),
        new LinkedHashSet<>(List.of("b", "a", "")),
        new LinkedHashSet<>(List.of(1999L, -5L)),
        Set.of(ByteBuffer.wrap(new byte[] {1})),
        stock,
        shelf,
        new Shelf(null, 0, null),
        List.of(top, shelf),
        "978");
  }

  /** A book with only its keys and primitives, empty collections and no documents. */
  public static Book sparse() {
    return new Book(
        "978-0",
        1,
        0,
        0.0,
        false,
        false,
        0f,
        (short) 0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Optional.empty(),
        null,
        List.of(),
        Set.of(),
        null,
        null,
        Map.of(),
        null,
        null,
        null,
        null);
  }
}
