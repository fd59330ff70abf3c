package io.keyspan.schema;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import io.keyspan.value.ValueCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The converters of the built-in types, and factories for collections, enums and documents.
 * Generated schemas refer to these constants; application code rarely needs them directly.
 *
 * <p>Numbers map to N with DynamoDB's rules (38 significant digits, no NaN or infinity); a stored
 * number that does not fit the Java type is a {@link MappingException}, never a silent rounding.
 * Time types map to ISO-8601 strings; {@link #INSTANT}, {@link #LOCAL_DATE_TIME} and {@link
 * #LOCAL_TIME} use a fixed width (nanoseconds always written) so that string order is time order
 * and {@code begins_with} selects a period.
 */
public final class Converters {
  private Converters() {}

  // ---------------------------------------------------------------- strings and booleans

  public static final AttributeConverter<String> STRING =
      textual("String", Function.identity(), Function.identity());

  public static final AttributeConverter<Character> CHARACTER =
      AttributeConverter.of(
          c -> AttributeValue.s(String.valueOf(c)),
          value -> {
            String text = string(value, "char");
            if (text.length() != 1) {
              throw new MappingException(
                  "expected a string of one character for a char, found \"" + text + "\"");
            }
            return text.charAt(0);
          });

  /** A boolean as BOOL; reads the numbers 1 and 0 too, as DynamoDBMapper stores booleans. */
  public static final AttributeConverter<Boolean> BOOLEAN =
      new AttributeConverter<>() {
        @Override
        public AttributeValue toAttributeValue(Boolean value) {
          return AttributeValue.bool(value);
        }

        @Override
        public Boolean fromAttributeValue(AttributeValue value) {
          return Encodings.readBoolean(value);
        }

        @Override
        public <N> N encode(Boolean value, ValueCodec<N> codec) {
          return codec.bool(value);
        }

        @Override
        public <N> Boolean decode(N value, ValueCodec<N> codec) {
          Boolean bool = codec.boolOf(value);
          return bool != null ? bool : fromAttributeValue(codec.toKeyspan(value));
        }
      };

  // ---------------------------------------------------------------- numbers

  public static final AttributeConverter<Byte> BYTE =
      new Integral<>("byte", 2, n -> (byte) n, BigDecimal::byteValueExact);
  public static final AttributeConverter<Short> SHORT =
      new Integral<>("short", 4, n -> (short) n, BigDecimal::shortValueExact);
  public static final AttributeConverter<Integer> INTEGER =
      new Integral<>("int", 9, n -> (int) n, BigDecimal::intValueExact);
  public static final AttributeConverter<Long> LONG =
      new Integral<>("long", 18, n -> n, BigDecimal::longValueExact);
  public static final AttributeConverter<BigInteger> BIG_INTEGER =
      AttributeConverter.of(
          n -> AttributeValue.n(new BigDecimal(n)),
          value -> exact(value, "BigInteger", BigDecimal::toBigIntegerExact));

  public static final AttributeConverter<BigDecimal> BIG_DECIMAL =
      AttributeConverter.of(AttributeValue::n, value -> number(value, "BigDecimal"));

  public static final AttributeConverter<Double> DOUBLE =
      new Floating<>(
          "double",
          d -> AttributeValue.n(new BigDecimal(Double.toString(finite(d, Double.isFinite(d))))),
          NumberText::ofDouble,
          BigDecimal::doubleValue,
          Double::valueOf);

  public static final AttributeConverter<Float> FLOAT =
      new Floating<>(
          "float",
          f -> AttributeValue.n(new BigDecimal(Float.toString(finite(f, Float.isFinite(f))))),
          NumberText::ofFloat,
          BigDecimal::floatValue,
          Float::valueOf);

  // ---------------------------------------------------------------- binaries

  public static final AttributeConverter<byte[]> BYTE_ARRAY =
      AttributeConverter.of(AttributeValue::b, value -> binary(value, "byte[]").toArray());

  public static final AttributeConverter<ByteBuffer> BYTE_BUFFER =
      AttributeConverter.of(
          buffer -> AttributeValue.b(Bytes.of(buffer)),
          value -> ByteBuffer.wrap(binary(value, "ByteBuffer").toArray()));

  // ---------------------------------------------------------------- string forms

  public static final AttributeConverter<UUID> UUID_STRING =
      textual("UUID", UUID::toString, UUID::fromString);
  public static final AttributeConverter<URI> URI_STRING =
      textual("URI", URI::toString, URI::create);

  private static final DateTimeFormatter FIXED_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);
  private static final DateTimeFormatter FIXED_LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
  private static final DateTimeFormatter FIXED_LOCAL_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");
  private static final Instant FIRST_FIXED_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST_FIXED_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * An instant as {@code 2024-05-01T12:00:00.000000000Z}: always 30 characters, so string order is
   * time order. Only years 0000 to 9999 have that form; other instants are rejected.
   */
  public static final AttributeConverter<Instant> INSTANT =
      textual(
          "Instant",
          instant -> {
            if (instant.isBefore(FIRST_FIXED_INSTANT) || instant.isAfter(LAST_FIXED_INSTANT)) {
              throw new MappingException(
                  "the instant "
                      + instant
                      + " is outside years 0000 to 9999, which the fixed-width"
                      + " ISO-8601 form (string order = time order) can hold; store it with a converter");
            }
            return FIXED_INSTANT.format(instant);
          },
          Instant::parse);

  /** An instant as a number of epoch seconds: the form DynamoDB's time to live reads. */
  public static final AttributeConverter<Instant> EPOCH_SECONDS =
      AttributeConverter.of(
          instant -> AttributeValue.n(instant.getEpochSecond()),
          value ->
              Instant.ofEpochSecond(exact(value, "epoch seconds", BigDecimal::longValueExact)));

  public static final AttributeConverter<LocalDateTime> LOCAL_DATE_TIME =
      textual("LocalDateTime", FIXED_LOCAL_DATE_TIME::format, LocalDateTime::parse);
  public static final AttributeConverter<LocalTime> LOCAL_TIME =
      textual("LocalTime", FIXED_LOCAL_TIME::format, LocalTime::parse);
  public static final AttributeConverter<LocalDate> LOCAL_DATE =
      textual("LocalDate", LocalDate::toString, LocalDate::parse);
  public static final AttributeConverter<OffsetDateTime> OFFSET_DATE_TIME =
      textual("OffsetDateTime", OffsetDateTime::toString, OffsetDateTime::parse);
  public static final AttributeConverter<ZonedDateTime> ZONED_DATE_TIME =
      textual("ZonedDateTime", ZonedDateTime::toString, ZonedDateTime::parse);
  public static final AttributeConverter<Duration> DURATION =
      textual("Duration", Duration::toString, Duration::parse);
  public static final AttributeConverter<Period> PERIOD =
      textual("Period", Period::toString, Period::parse);
  public static final AttributeConverter<Year> YEAR = textual("Year", Year::toString, Year::parse);
  public static final AttributeConverter<YearMonth> YEAR_MONTH =
      textual("YearMonth", YearMonth::toString, YearMonth::parse);
  public static final AttributeConverter<MonthDay> MONTH_DAY =
      textual("MonthDay", MonthDay::toString, MonthDay::parse);
  public static final AttributeConverter<ZoneId> ZONE_ID =
      textual("ZoneId", ZoneId::getId, ZoneId::of);

  // ---------------------------------------------------------------- factories

  /** An enum by its constant name; generated code passes {@code Color::valueOf}. */
  public static <E extends Enum<E>> AttributeConverter<E> enumeration(
      String typeName, Function<String, E> valueOf) {
    return textual(typeName, Enum::name, valueOf);
  }

  /** A list as L; null elements are stored as NULL. */
  public static <E> AttributeConverter<List<E>> list(AttributeConverter<E> elements) {
    Objects.requireNonNull(elements, "elements");
    AttributeConverter<List<E>> keyspan =
        AttributeConverter.of(
            list -> {
              List<AttributeValue> values = new ArrayList<>(list.size());
              for (E element : list) {
                values.add(orNull(element == null ? null : elements.toAttributeValue(element)));
              }
              return AttributeValue.l(values);
            },
            value -> {
              if (!(value instanceof AttributeValue.L l)) {
                throw mismatch(value, AttributeValue.Type.L, "List");
              }
              List<E> list = new ArrayList<>(l.values().size());
              for (AttributeValue element : l.values()) {
                list.add(read(elements, element));
              }
              return Collections.unmodifiableList(list);
            });
    return new Delegating<>(keyspan) {
      @Override
      public <N> N encode(List<E> list, ValueCodec<N> codec) {
        List<N> values = new ArrayList<>(list.size());
        for (E element : list) {
          values.add(encodeOrNull(elements, element, codec));
        }
        return codec.list(values);
      }

      @Override
      public <N> List<E> decode(N value, ValueCodec<N> codec) {
        List<N> values = codec.listOf(value);
        if (values == null) {
          return fromAttributeValue(codec.toKeyspan(value));
        }
        List<E> list = new ArrayList<>(values.size());
        for (N element : values) {
          list.add(decodeOrNull(elements, element, codec));
        }
        return Collections.unmodifiableList(list);
      }
    };
  }

  /** A map with string keys as M, keeping the map's iteration order; null values are NULL. */
  public static <E> AttributeConverter<Map<String, E>> map(AttributeConverter<E> values) {
    Objects.requireNonNull(values, "values");
    AttributeConverter<Map<String, E>> keyspan =
        AttributeConverter.of(
            map -> {
              Map<String, AttributeValue> entries = new LinkedHashMap<>();
              map.forEach(
                  (key, element) ->
                      entries.put(
                          key, orNull(element == null ? null : values.toAttributeValue(element))));
              return AttributeValue.m(entries);
            },
            value -> {
              if (!(value instanceof AttributeValue.M m)) {
                throw mismatch(value, AttributeValue.Type.M, "Map");
              }
              Map<String, E> map = new LinkedHashMap<>();
              m.values().forEach((key, element) -> map.put(key, read(values, element)));
              return Collections.unmodifiableMap(map);
            });
    return new Delegating<>(keyspan) {
      @Override
      public <N> N encode(Map<String, E> map, ValueCodec<N> codec) {
        Map<String, N> entries = new LinkedHashMap<>(capacity(map.size()));
        for (Map.Entry<String, E> entry : map.entrySet()) {
          entries.put(entry.getKey(), encodeOrNull(values, entry.getValue(), codec));
        }
        return codec.map(entries);
      }

      @Override
      public <N> Map<String, E> decode(N value, ValueCodec<N> codec) {
        Map<String, N> entries = codec.mapOf(value);
        if (entries == null) {
          return fromAttributeValue(codec.toKeyspan(value));
        }
        Map<String, E> map = new LinkedHashMap<>(capacity(entries.size()));
        for (Map.Entry<String, N> entry : entries.entrySet()) {
          map.put(entry.getKey(), decodeOrNull(values, entry.getValue(), codec));
        }
        return Collections.unmodifiableMap(map);
      }
    };
  }

  /**
   * A set as SS, NS or BS, by the type its members convert to. An empty set has no DynamoDB form
   * and converts to {@code null}: the attribute is left absent.
   */
  public static <E> AttributeConverter<Set<E>> set(
      AttributeValue.Type setType, AttributeConverter<E> members) {
    Objects.requireNonNull(members, "members");
    AttributeValue.Type memberType = memberType(setType);
    AttributeConverter<Set<E>> keyspan =
        AttributeConverter.of(
            set -> {
              if (set.isEmpty()) {
                return null;
              }
              List<AttributeValue> values = new ArrayList<>(set.size());
              for (E member : set) {
                if (member == null) {
                  throw new MappingException("a " + setType + " set cannot hold null");
                }
                AttributeValue value = members.toAttributeValue(member);
                if (value == null || value.type() != memberType) {
                  throw new MappingException(
                      "a "
                          + setType
                          + " set holds "
                          + memberType
                          + " members, but "
                          + member
                          + " converts to "
                          + (value == null ? "nothing" : value.type()));
                }
                values.add(value);
              }
              return SetMembers.toSet(setType, values);
            },
            value -> {
              if (value.type() != setType) {
                throw mismatch(value, setType, "Set");
              }
              Set<E> set = new LinkedHashSet<>();
              for (AttributeValue member : SetMembers.members(value)) {
                set.add(members.fromAttributeValue(member));
              }
              return Collections.unmodifiableSet(set);
            });
    if (setType != AttributeValue.Type.SS || !(members instanceof Textual<E> textual)) {
      return keyspan;
    }
    // Members of a Java set whose texts are distinct (every textual format here is one-to-one on
    // equal values), so the SS needs no duplicate check.
    return new Delegating<>(keyspan) {
      @Override
      public <N> N encode(Set<E> set, ValueCodec<N> codec) {
        List<String> strings = new ArrayList<>(set.size());
        for (E member : set) {
          if (member == null) {
            // Keyspan's path, for its error: a set cannot hold null.
            return codec.of(toAttributeValue(set));
          }
          strings.add(textual.format(member));
        }
        return strings.isEmpty() ? null : codec.stringSet(strings);
      }

      @Override
      public <N> Set<E> decode(N value, ValueCodec<N> codec) {
        List<String> strings = codec.stringSetOf(value);
        if (strings == null) {
          return fromAttributeValue(codec.toKeyspan(value));
        }
        Set<E> set = new LinkedHashSet<>(capacity(strings.size()));
        for (String string : strings) {
          set.add(textual.parse(string));
        }
        return Collections.unmodifiableSet(set);
      }
    };
  }

  /** A nested document as M, by its generated schema. */
  public static <D> AttributeConverter<D> document(DocumentSchema<D> schema) {
    Objects.requireNonNull(schema, "schema");
    AttributeConverter<D> keyspan =
        AttributeConverter.of(
            document -> AttributeValue.m(schema.toMap(document)),
            value -> {
              if (!(value instanceof AttributeValue.M m)) {
                throw mismatch(value, AttributeValue.Type.M, schema.toString());
              }
              return schema.fromMap(m.values());
            });
    return new Delegating<>(keyspan) {
      @Override
      public <N> N encode(D document, ValueCodec<N> codec) {
        return codec.map(schema.toMap(document, codec));
      }

      @Override
      public <N> D decode(N value, ValueCodec<N> codec) {
        Map<String, N> fields = codec.mapOf(value);
        return fields == null
            ? fromAttributeValue(codec.toKeyspan(value))
            : schema.fromMap(fields, codec);
      }
    };
  }

  // ---------------------------------------------------------------- helpers

  static <V> AttributeConverter<V> textual(
      String typeName, Function<? super V, String> format, Function<String, ? extends V> parse) {
    return new Textual<>(typeName, format, parse);
  }

  /** A type stored as S through a format and a parse function. */
  private static final class Textual<V> implements AttributeConverter<V> {
    private final String typeName;
    private final Function<? super V, String> format;
    private final Function<String, ? extends V> parse;

    Textual(
        String typeName, Function<? super V, String> format, Function<String, ? extends V> parse) {
      this.typeName = typeName;
      this.format = format;
      this.parse = parse;
    }

    @Override
    public AttributeValue toAttributeValue(V value) {
      return AttributeValue.s(format.apply(value));
    }

    String format(V value) {
      return format.apply(value);
    }

    @Override
    public V fromAttributeValue(AttributeValue value) {
      return parse(string(value, typeName));
    }

    @Override
    public <N> N encode(V value, ValueCodec<N> codec) {
      return codec.string(format.apply(value));
    }

    @Override
    public <N> V decode(N value, ValueCodec<N> codec) {
      String text = codec.stringOf(value);
      return text == null ? fromAttributeValue(codec.toKeyspan(value)) : parse(text);
    }

    V parse(String text) {
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new MappingException(
            "\"" + text + "\" is not " + withArticle(typeName) + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * byte, short, int or long as N: written with {@link Long#toString}, which is already canonical;
   * read in one pass ({@link NumberText#plainInteger}) when the text has at most {@code safeDigits}
   * digits (so it surely fits), else through {@code BigDecimal} with its exact error.
   */
  private static final class Integral<V extends Number> implements AttributeConverter<V> {
    private final String typeName;
    private final int safeDigits;
    private final LongFunction<V> narrow;
    private final Function<BigDecimal, V> exact;

    Integral(
        String typeName, int safeDigits, LongFunction<V> narrow, Function<BigDecimal, V> exact) {
      this.typeName = typeName;
      this.safeDigits = safeDigits;
      this.narrow = narrow;
      this.exact = exact;
    }

    @Override
    public AttributeValue toAttributeValue(V value) {
      return AttributeValue.n(value.longValue());
    }

    @Override
    public V fromAttributeValue(AttributeValue value) {
      return exact(value, typeName, exact);
    }

    @Override
    public <N> N encode(V value, ValueCodec<N> codec) {
      return codec.number(Long.toString(value.longValue()));
    }

    @Override
    public <N> V decode(N value, ValueCodec<N> codec) {
      String text = codec.numberOf(value);
      long plain = text == null ? NumberText.NOT_PLAIN : NumberText.plainInteger(text, safeDigits);
      if (plain != NumberText.NOT_PLAIN) {
        return narrow.apply(plain);
      }
      return fromAttributeValue(codec.toKeyspan(value));
    }
  }

  /** double or float as N, with the cheap exact text route where {@link NumberText} has one. */
  private static final class Floating<V extends Number> implements AttributeConverter<V> {
    private final String typeName;
    private final Function<V, AttributeValue> to;
    private final Function<V, String> canonicalText;
    private final Function<BigDecimal, V> from;
    private final Function<String, V> parse;

    Floating(
        String typeName,
        Function<V, AttributeValue> to,
        Function<V, String> canonicalText,
        Function<BigDecimal, V> from,
        Function<String, V> parse) {
      this.typeName = typeName;
      this.to = to;
      this.canonicalText = canonicalText;
      this.from = from;
      this.parse = parse;
    }

    @Override
    public AttributeValue toAttributeValue(V value) {
      return to.apply(value);
    }

    @Override
    public V fromAttributeValue(AttributeValue value) {
      return from.apply(number(value, typeName));
    }

    @Override
    public <N> N encode(V value, ValueCodec<N> codec) {
      String text = canonicalText.apply(value);
      return text == null ? codec.of(to.apply(value)) : codec.number(text);
    }

    @Override
    public <N> V decode(N value, ValueCodec<N> codec) {
      String text = codec.numberOf(value);
      if (text != null && NumberText.isDecimal(text)) {
        return parse.apply(text);
      }
      return fromAttributeValue(codec.toKeyspan(value));
    }
  }

  /** A converter whose Keyspan-value half is another's; subclasses add the codec half. */
  private abstract static class Delegating<V> implements AttributeConverter<V> {
    private final AttributeConverter<V> keyspan;

    Delegating(AttributeConverter<V> keyspan) {
      this.keyspan = keyspan;
    }

    @Override
    public final AttributeValue toAttributeValue(V value) {
      return keyspan.toAttributeValue(value);
    }

    @Override
    public final V fromAttributeValue(AttributeValue value) {
      return keyspan.fromAttributeValue(value);
    }
  }

  private static <E, N> N encodeOrNull(
      AttributeConverter<E> converter, E value, ValueCodec<N> codec) {
    N encoded = value == null ? null : converter.encode(value, codec);
    return encoded == null ? codec.nul() : encoded;
  }

  /** An element or map value; a string of {@link #STRING} is read straight, as it is stored. */
  @SuppressWarnings("unchecked") // converter == STRING, so E is String
  private static <E, N> E decodeOrNull(
      AttributeConverter<E> converter, N value, ValueCodec<N> codec) {
    if (converter == STRING) {
      String text = codec.stringOf(value);
      if (text != null) {
        return (E) text;
      }
    }
    return codec.isNull(value) ? null : converter.decode(value, codec);
  }

  private static int capacity(int size) {
    return size * 4 / 3 + 1;
  }

  private static <V> V exact(AttributeValue value, String typeName, Function<BigDecimal, V> exact) {
    BigDecimal number = number(value, typeName);
    try {
      return exact.apply(number);
    } catch (ArithmeticException e) {
      throw new MappingException(
          "the number " + number.toPlainString() + " does not fit in " + withArticle(typeName));
    }
  }

  private static <N extends Number> N finite(N number, boolean finite) {
    if (!finite) {
      throw new MappingException(number + " has no DynamoDB form: numbers are finite");
    }
    return number;
  }

  private static String string(AttributeValue value, String typeName) {
    if (value instanceof AttributeValue.S s) {
      return s.value();
    }
    throw mismatch(value, AttributeValue.Type.S, typeName);
  }

  private static BigDecimal number(AttributeValue value, String typeName) {
    if (value instanceof AttributeValue.N n) {
      return n.value();
    }
    throw mismatch(value, AttributeValue.Type.N, typeName);
  }

  private static Bytes binary(AttributeValue value, String typeName) {
    if (value instanceof AttributeValue.B b) {
      return b.value();
    }
    throw mismatch(value, AttributeValue.Type.B, typeName);
  }

  private static <E> E read(AttributeConverter<E> converter, AttributeValue value) {
    return value instanceof AttributeValue.Null ? null : converter.fromAttributeValue(value);
  }

  private static AttributeValue orNull(AttributeValue value) {
    return value == null ? AttributeValue.nul() : value;
  }

  private static AttributeValue.Type memberType(AttributeValue.Type setType) {
    switch (setType) {
      case SS:
        return AttributeValue.Type.S;
      case NS:
        return AttributeValue.Type.N;
      case BS:
        return AttributeValue.Type.B;
      default:
        throw new IllegalArgumentException("not a set type: " + setType);
    }
  }

  /**
   * "an int", "an Instant", "a long", "a UUID": by the letter, as U is read "you" in these names.
   */
  private static String withArticle(String typeName) {
    return ("AEIOaeio".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
  }

  static MappingException mismatch(
      AttributeValue value, AttributeValue.Type expected, String javaType) {
    return new MappingException(
        "expected " + expected + " for " + javaType + ", found " + value.type() + " " + value);
  }
}
