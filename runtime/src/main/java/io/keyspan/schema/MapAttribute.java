package io.keyspan.schema;

import io.keyspan.expression.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An attribute stored as M with free-form string keys: paths into its entries ({@code
 * LABELS.get("env")}) and size.
 *
 * @param <E> the Java type of the values
 * @param <A> the typed attribute of one value
 */
public class MapAttribute<E, A extends TypedAttribute<E>> extends TypedAttribute<Map<String, E>> {
  private final Function<Path, A> entry;

  public MapAttribute(Path path, AttributeConverter<E> values, Function<Path, A> entry) {
    super(path, Converters.map(values));
    this.entry = Objects.requireNonNull(entry, "entry");
  }

  /** The value under {@code key}: {@code path.key}. */
  public final A get(String key) {
    return entry.apply(path().attribute(key));
  }

  /** {@code size(path)}: the number of entries. */
  public final Size size() {
    return new Size(path());
  }
}
