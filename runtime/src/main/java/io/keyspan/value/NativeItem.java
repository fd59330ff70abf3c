package io.keyspan.value;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An item held in an engine's own attribute values, seen as Keyspan's: the one conversion between a
 * repository's objects and an engine's requests.
 *
 * <p>An engine that names its {@link ValueCodec} ({@code Engine.itemCodec()}) receives the items of
 * repository writes as {@code NativeItem}s of that codec and sends them on without converting them
 * ({@link #encode}); it answers the items it reads as {@code NativeItem}s, which a schema maps
 * straight to objects ({@code TableSchema.read}). Everyone else sees an ordinary immutable map of
 * Keyspan values: decorators, the server and other engines read it like any item, decoded on first
 * use ({@link #get} decodes one value; whole-map views decode the item once). Values are decoded by
 * {@link ValueCodec#toKeyspan}, so an invalid value fails when it is read, with Keyspan's error.
 *
 * <p>The held map is not copied: whoever makes a {@code NativeItem} hands its map over and never
 * changes it again.
 *
 * @param <N> the engine's attribute value type
 */
public final class NativeItem<N> extends AbstractMap<String, AttributeValue> {
  private final Map<String, N> values;
  private final ValueCodec<N> codec;
  private volatile Map<String, AttributeValue> decoded;

  private NativeItem(Map<String, N> values, ValueCodec<N> codec) {
    this.values = Objects.requireNonNull(values, "values");
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  /** The item {@code values} holds in {@code codec}'s values; the map is kept, not copied. */
  public static <N> NativeItem<N> of(Map<String, N> values, ValueCodec<N> codec) {
    return new NativeItem<>(values, codec);
  }

  /**
   * {@code item} in {@code codec}'s values: the held map itself when {@code item} is a {@code
   * NativeItem} of that codec, else a new map of each value converted by {@link ValueCodec#of}.
   */
  @SuppressWarnings("unchecked") // the codec is the same object, so its values are N
  public static <N> Map<String, N> encode(Map<String, AttributeValue> item, ValueCodec<N> codec) {
    if (item instanceof NativeItem<?> held && held.codec.equals(codec)) {
      return (Map<String, N>) held.values;
    }
    Map<String, N> encoded = new LinkedHashMap<>(item.size() * 4 / 3 + 1);
    item.forEach((name, value) -> encoded.put(name, codec.of(value)));
    return encoded;
  }

  /**
   * An immutable copy of {@code item}, as the SPI's records keep their items: a {@code NativeItem}
   * is immutable already and is kept as it is, so its engine still finds its own values.
   */
  public static Map<String, AttributeValue> copyOf(Map<String, AttributeValue> item) {
    return item instanceof NativeItem<?> ? item : Map.copyOf(item);
  }

  /** The held values, in the codec's type. */
  public Map<String, N> nativeValues() {
    return values;
  }

  public ValueCodec<N> codec() {
    return codec;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public boolean containsKey(Object name) {
    return values.containsKey(name);
  }

  /** One attribute as Keyspan's value, decoding only that value. */
  @Override
  public AttributeValue get(Object name) {
    Map<String, AttributeValue> all = decoded;
    if (all != null) {
      return all.get(name);
    }
    N value = values.get(name);
    return value == null ? null : codec.toKeyspan(value);
  }

  @Override
  public Set<Entry<String, AttributeValue>> entrySet() {
    return decoded().entrySet();
  }

  /** The whole item as Keyspan's, decoded once (a race decodes twice, to equal maps). */
  private Map<String, AttributeValue> decoded() {
    Map<String, AttributeValue> all = decoded;
    if (all == null) {
      Map<String, AttributeValue> converted = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
      values.forEach((name, value) -> converted.put(name, codec.toKeyspan(value)));
      all = java.util.Collections.unmodifiableMap(converted);
      decoded = all;
    }
    return all;
  }
}
