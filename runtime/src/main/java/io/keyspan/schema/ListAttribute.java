package io.keyspan.schema;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An attribute stored as L: paths into its elements ({@code TAGS.get(0)}), membership, size, and
 * the target of {@code list_append} in updates.
 *
 * @param <E> the Java type of the elements
 * @param <A> the typed attribute of one element
 */
public class ListAttribute<E, A extends TypedAttribute<E>> extends TypedAttribute<List<E>> {
  private final AttributeConverter<E> elements;
  private final Function<Path, A> element;

  public ListAttribute(Path path, AttributeConverter<E> elements, Function<Path, A> element) {
    super(path, Converters.list(elements));
    this.elements = Objects.requireNonNull(elements, "elements");
    this.element = Objects.requireNonNull(element, "element");
  }

  /** The element at {@code index}: {@code path[index]}. */
  public final A get(int index) {
    return element.apply(path().index(index));
  }

  /** {@code contains(path, element)}. */
  public final Condition contains(E value) {
    return new Condition.Contains(
        path(), new Literal(elements.toAttributeValue(Objects.requireNonNull(value, "element"))));
  }

  /** {@code size(path)}: the number of elements. */
  public final Size size() {
    return new Size(path());
  }

  /** The stored list of some elements, for {@code list_append}. */
  public final AttributeValue elementsValue(List<? extends E> values) {
    return toValue(List.copyOf(values));
  }
}
