package io.keyspan.schema;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import io.keyspan.value.ValueCodec;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed document path: an attribute of a table (or a field of a nested document, or an element of
 * a list) together with its converter. Conditions built from it hold bound values, converted
 * exactly as {@code toItem} stores them:
 *
 * <pre>{@code
 * UserSchema.AGE.gt(25)            // Age > :v  with :v = {N: 25}
 * UserSchema.NAME.beginsWith("Al") // only on string attributes: StringAttribute
 * }</pre>
 *
 * <p>The subclass decides which operations exist: {@link OrderedAttribute} adds ordering, {@link
 * StringAttribute} and {@link BinaryAttribute} add {@code begins_with}, {@link SetAttribute}
 * membership, {@link ListAttribute} and {@link MapAttribute} paths into elements, generated
 * document attributes paths into fields. Update builders accept only the matching kinds.
 *
 * <p>Generated code creates attributes; applications use the constants.
 *
 * @param <V> the Java type of the attribute's values
 */
public class TypedAttribute<V> {
  private final Path path;
  private final AttributeConverter<V> converter;
  // path.topLevelName(), the key of every item read and write: kept rather than looked up again
  private final String name;

  public TypedAttribute(Path path, AttributeConverter<V> converter) {
    this.path = Objects.requireNonNull(path, "path");
    this.converter = Objects.requireNonNull(converter, "converter");
    this.name = path.topLevelName();
  }

  /** The document path of this attribute. */
  public final Path path() {
    return path;
  }

  public final AttributeConverter<V> converter() {
    return converter;
  }

  /**
   * The stored form of a value, exactly as {@code toItem} writes it.
   *
   * @throws NullPointerException for null, which has no stored form (test with {@link #notExists})
   * @throws IllegalArgumentException for a value with no stored form, such as an empty set
   * @throws InvalidValueException for a value DynamoDB rejects, such as a number of 39 digits
   * @throws MappingException for a value the converter cannot convert, such as a NaN double
   */
  public final AttributeValue toValue(V value) {
    if (value == null) {
      throw new NullPointerException(
          "null has no stored form for "
              + path
              + ": null is stored as absent; test with notExists()");
    }
    AttributeValue stored = convert(value);
    if (stored == null) {
      throw new IllegalArgumentException(
          value + " has no stored form for " + path + " (empty sets are absent)");
    }
    return stored;
  }

  /**
   * The stored form of a value, or null when it is stored as absent (null, an empty set), as an
   * update's {@code SET} needs it.
   *
   * @throws InvalidValueException for a value DynamoDB rejects, naming this attribute
   * @throws MappingException for a value the converter cannot convert, naming this attribute
   */
  public final AttributeValue toValueOrAbsent(V value) {
    return value == null ? null : convert(value);
  }

  final Literal literal(V value) {
    return new Literal(toValue(value));
  }

  // ---------------------------------------------------------------- conditions

  /** {@code path = value}. */
  public final Condition eq(V value) {
    return new Condition.Compare(path, ComparisonOperator.EQ, literal(value));
  }

  /** {@code path <> value}; true also when the attribute is absent. */
  public final Condition ne(V value) {
    return new Condition.Compare(path, ComparisonOperator.NE, literal(value));
  }

  /** {@code path IN (values...)}: 1 to 100 candidates. */
  @SafeVarargs
  @SuppressWarnings("varargs") // Arrays.asList only reads the array, never stores into it
  public final Condition in(V... values) {
    return in(Arrays.asList(values));
  }

  /** {@code path IN (values...)}: 1 to 100 candidates. */
  public final Condition in(Collection<? extends V> values) {
    List<Operand> candidates = values.stream().<Operand>map(this::literal).toList();
    return new Condition.In(path, candidates);
  }

  /** {@code attribute_exists(path)}. */
  public final Condition exists() {
    return new Condition.AttributeExists(path);
  }

  /** {@code attribute_not_exists(path)}. */
  public final Condition notExists() {
    return new Condition.AttributeNotExists(path);
  }

  /** {@code attribute_type(path, :type)}. */
  public final Condition hasType(AttributeValue.Type type) {
    return new Condition.AttributeType(path, new Literal(AttributeValue.s(type.name())));
  }

  // ---------------------------------------------------------------- mapping (generated code)

  /** Writes a top-level attribute or document field into {@code item}; null is left absent. */
  public final void write(Map<String, AttributeValue> item, V value) {
    if (value != null) {
      AttributeValue stored = convert(value);
      if (stored != null) {
        item.put(name(), stored);
      }
    }
  }

  /** Writes an optional attribute; empty is left absent. */
  public final void writeOptional(Map<String, AttributeValue> item, Optional<V> value) {
    if (value != null) {
      write(item, value.orElse(null));
    }
  }

  /** Reads a top-level attribute or document field; absent or NULL reads as {@link #absent()}. */
  public final V read(Map<String, AttributeValue> item) {
    AttributeValue stored = item.get(name());
    if (stored == null || stored instanceof AttributeValue.Null) {
      return absent();
    }
    try {
      return converter.fromAttributeValue(stored);
    } catch (MappingException e) {
      throw new MappingException(named(e), e);
    }
  }

  /**
   * Writes a top-level attribute or document field into an engine's own item, exactly as {@link
   * #write(Map, Object)} writes Keyspan's; null is left absent.
   */
  public final <N> void write(Map<String, N> item, V value, ValueCodec<N> codec) {
    if (value != null) {
      N stored = encode(value, codec);
      if (stored != null) {
        item.put(name(), stored);
      }
    }
  }

  /** Writes an optional attribute into an engine's own item; empty is left absent. */
  public final <N> void writeOptional(Map<String, N> item, Optional<V> value, ValueCodec<N> codec) {
    if (value != null) {
      write(item, value.orElse(null), codec);
    }
  }

  /**
   * Reads from an engine's own item, exactly as {@link #read(Map)} reads Keyspan's. The engine's
   * values are not validated on the way; one that is not a valid DynamoDB value where the converter
   * needs Keyspan's (a number text that is no number) is a {@link MappingException} naming this
   * attribute.
   */
  public final <N> V read(Map<String, N> item, ValueCodec<N> codec) {
    N stored = item.get(name());
    if (stored == null || codec.isNull(stored)) {
      return absent();
    }
    try {
      return converter.decode(stored, codec);
    } catch (MappingException | InvalidValueException e) {
      throw new MappingException(named(e), e);
    }
  }

  /** Reads from an engine's own item into a primitive property. */
  public final <N> V read(Map<String, N> item, V absentValue, ValueCodec<N> codec) {
    V value = read(item, codec);
    return value == null ? absentValue : value;
  }

  public final <N> Optional<V> readOptional(Map<String, N> item, ValueCodec<N> codec) {
    return Optional.ofNullable(read(item, codec));
  }

  private <N> N encode(V value, ValueCodec<N> codec) {
    try {
      return converter.encode(value, codec);
    } catch (MappingException e) {
      throw new MappingException(named(e), e);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(named(e), e);
    }
  }

  /** The stored form, with a conversion error naming this attribute. */
  private AttributeValue convert(V value) {
    try {
      return converter.toAttributeValue(value);
    } catch (MappingException e) {
      throw new MappingException(named(e), e);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(named(e), e);
    }
  }

  /** {@code attribute Awards: the number 1.5 does not fit in an int}. */
  private String named(RuntimeException e) {
    return "attribute " + path + ": " + e.getMessage();
  }

  /** Reads an attribute into a primitive property: absent reads as {@code absentValue}. */
  public final V read(Map<String, AttributeValue> item, V absentValue) {
    V value = read(item);
    return value == null ? absentValue : value;
  }

  public final Optional<V> readOptional(Map<String, AttributeValue> item) {
    return Optional.ofNullable(read(item));
  }

  /** The Java value of an absent attribute: null, except for sets (an empty set). */
  protected V absent() {
    return null;
  }

  final String name() {
    return name;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
