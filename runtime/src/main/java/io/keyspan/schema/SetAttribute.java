package io.keyspan.schema;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An attribute stored as SS, NS or BS: membership tests, and the target of {@code ADD} and {@code
 * DELETE} in updates. An empty set is stored as absent and an absent set reads as empty.
 *
 * @param <E> the Java type of the members
 */
public class SetAttribute<E> extends TypedAttribute<Set<E>> {
  private final AttributeValue.Type setType;
  private final AttributeConverter<E> members;

  public SetAttribute(Path path, AttributeValue.Type setType, AttributeConverter<E> members) {
    super(path, Converters.set(setType, members));
    this.setType = setType;
    this.members = Objects.requireNonNull(members, "members");
  }

  /** SS, NS or BS. */
  public final AttributeValue.Type setType() {
    return setType;
  }

  /** {@code contains(path, member)}. */
  public final Condition contains(E member) {
    return new Condition.Contains(
        path(), new Literal(members.toAttributeValue(Objects.requireNonNull(member, "member"))));
  }

  /** {@code size(path)}: the number of members. */
  public final Size size() {
    return new Size(path());
  }

  /** The stored set of some members, for ADD and DELETE; they must not be empty. */
  public final AttributeValue membersValue(Collection<? extends E> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "ADD and DELETE on the set " + path() + " need at least one member");
    }
    // In the caller's order (Set.copyOf would salt it per JVM), so the value renders the same every
    // run.
    Set<E> members = new LinkedHashSet<>(values.size() * 2);
    values.forEach(member -> members.add(Objects.requireNonNull(member, "member")));
    return toValue(members);
  }

  @Override
  protected final Set<E> absent() {
    return Set.of();
  }
}
