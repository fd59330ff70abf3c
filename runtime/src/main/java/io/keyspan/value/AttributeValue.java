package io.keyspan.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value: exactly one of the ten data types (S, N, B, BOOL, NULL, L, M, SS,
 * NS, BS). Values are immutable and compare by value: sets compare as sets, numbers by their
 * numeric value, binaries by content.
 *
 * <p>Construct values with the static factories ({@link #s(String)}, {@link #n(String)}, ...),
 * which enforce DynamoDB's rules: numbers within 38 significant digits and the supported range,
 * sets non-empty and free of duplicates. A violation raises {@link InvalidValueException} with
 * DynamoDB's own message.
 */
public sealed interface AttributeValue
    permits AttributeValue.S,
        AttributeValue.N,
        AttributeValue.B,
        AttributeValue.Bool,
        AttributeValue.Null,
        AttributeValue.L,
        AttributeValue.M,
        AttributeValue.SS,
        AttributeValue.NS,
        AttributeValue.BS {

  /** The data type of this value. */
  Type type();

  // ---------------------------------------------------------------- factories

  static S s(String value) {
    return new S(value);
  }

  /** A number from its decimal text, validated and normalised as DynamoDB does. */
  static N n(String value) {
    return new N(Numbers.parse(value));
  }

  static N n(long value) {
    return new N(Numbers.normalize(BigDecimal.valueOf(value)));
  }

  static N n(BigDecimal value) {
    return new N(Numbers.normalize(value));
  }

  static B b(byte[] value) {
    return new B(Bytes.of(value));
  }

  static B b(Bytes value) {
    return new B(value);
  }

  static Bool bool(boolean value) {
    return value ? Bool.TRUE : Bool.FALSE;
  }

  static Null nul() {
    return Null.INSTANCE;
  }

  static L l(List<? extends AttributeValue> values) {
    return new L(List.copyOf(values));
  }

  static L l(AttributeValue... values) {
    return new L(List.of(values));
  }

  static M m(Map<String, ? extends AttributeValue> values) {
    return new M(new LinkedHashMap<>(values));
  }

  static SS ss(Collection<String> values) {
    return new SS(Sets.strings(values));
  }

  static SS ss(String... values) {
    return ss(Arrays.asList(values));
  }

  /** A number set from decimal texts; each member is validated like {@link #n(String)}. */
  static NS ns(Collection<String> values) {
    return new NS(Sets.numbers(values));
  }

  static NS ns(String... values) {
    return ns(Arrays.asList(values));
  }

  static BS bs(Collection<Bytes> values) {
    return new BS(Sets.binaries(values));
  }

  static BS bs(Bytes... values) {
    return bs(Arrays.asList(values));
  }

  // ---------------------------------------------------------------- types

  /** A string: Unicode, stored as UTF-8; empty strings are allowed outside keys. */
  record S(String value) implements AttributeValue {
    public S {
      if (value == null) {
        throw new NullPointerException("string value");
      }
    }

    @Override
    public Type type() {
      return Type.S;
    }

    @Override
    public String toString() {
      return "{S:" + value + "}";
    }
  }

  /**
   * A number, held normalised: no trailing zeros, no negative zero, at most 38 significant digits
   * and within DynamoDB's range. Two numbers are equal when their values are equal.
   */
  record N(BigDecimal value) implements AttributeValue {
    public N {
      value = Numbers.normalize(value);
    }

    /** The canonical decimal text, as DynamoDB returns it (plain notation, no exponent). */
    public String text() {
      return value.toPlainString();
    }

    @Override
    public Type type() {
      return Type.N;
    }

    @Override
    public String toString() {
      return "{N:" + text() + "}";
    }
  }

  /** A binary value: any bytes; empty binaries are allowed outside keys. */
  record B(Bytes value) implements AttributeValue {
    public B {
      if (value == null) {
        throw new NullPointerException("binary value");
      }
    }

    @Override
    public Type type() {
      return Type.B;
    }

    @Override
    public String toString() {
      return "{B:" + value + "}";
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements AttributeValue {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);

    @Override
    public Type type() {
      return Type.BOOL;
    }

    @Override
    public String toString() {
      return "{BOOL:" + value + "}";
    }
  }

  /** The NULL type, whose only value is {@code true}. */
  record Null() implements AttributeValue {
    static final Null INSTANCE = new Null();

    @Override
    public Type type() {
      return Type.NULL;
    }

    @Override
    public String toString() {
      return "{NULL:true}";
    }
  }

  /** A list: ordered, of any values, possibly empty. */
  record L(List<AttributeValue> values) implements AttributeValue {
    public L {
      values = List.copyOf(values);
    }

    @Override
    public Type type() {
      return Type.L;
    }

    @Override
    public String toString() {
      return "{L:" + values + "}";
    }
  }

  /** A map from attribute names to values, possibly empty. Iteration keeps insertion order. */
  record M(Map<String, AttributeValue> values) implements AttributeValue {
    public M {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
      for (var entry : values.entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null) {
          throw new NullPointerException("map entry " + entry);
        }
      }
    }

    @Override
    public Type type() {
      return Type.M;
    }

    @Override
    public String toString() {
      return "{M:" + values + "}";
    }
  }

  /** A string set: non-empty, no duplicates, order not significant. */
  record SS(Set<String> values) implements AttributeValue {
    public SS {
      values = Sets.strings(values);
    }

    @Override
    public Type type() {
      return Type.SS;
    }

    @Override
    public String toString() {
      return "{SS:" + values + "}";
    }
  }

  /** A number set: non-empty, no two members numerically equal, order not significant. */
  record NS(Set<BigDecimal> values) implements AttributeValue {
    public NS {
      values = Sets.normalizedNumbers(values);
    }

    @Override
    public Type type() {
      return Type.NS;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("{NS:[");
      String separator = "";
      for (BigDecimal member : values) {
        text.append(separator).append(member.toPlainString());
        separator = ", ";
      }
      return text.append("]}").toString();
    }
  }

  /** A binary set: non-empty, no duplicates, order not significant. */
  record BS(Set<Bytes> values) implements AttributeValue {
    public BS {
      values = Sets.binaries(values);
    }

    @Override
    public Type type() {
      return Type.BS;
    }

    @Override
    public String toString() {
      return "{BS:" + values + "}";
    }
  }

  /** The ten DynamoDB data types, by their wire names. */
  enum Type {
    S("STRING"),
    N("NUMBER"),
    B("BINARY"),
    BOOL("BOOLEAN"),
    NULL("NULL"),
    L("LIST"),
    M("MAP"),
    SS("STRING_SET"),
    NS("NUMBER_SET"),
    BS("BINARY_SET");

    private final String longName;

    Type(String longName) {
      this.longName = longName;
    }

    /** The long name DynamoDB uses in some messages ("operand type: STRING"). */
    public String longName() {
      return longName;
    }

    /** Whether values of this type are ordered (usable with {@code <}, BETWEEN, sort keys). */
    public boolean isScalarKeyType() {
      return this == S || this == N || this == B;
    }

    public boolean isSet() {
      return this == SS || this == NS || this == BS;
    }
  }
}
