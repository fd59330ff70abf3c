package io.keyspan.expression.eval;

import io.keyspan.value.AttributeValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Union and difference of two sets of one type, for ADD and DELETE (DYNAMODB.md 1.7). */
final class SetAlgebra {
  private SetAlgebra() {}

  /** {@code old} with the members of {@code added}; both of one set type. */
  static AttributeValue union(AttributeValue old, AttributeValue added) {
    if (old instanceof AttributeValue.SS o) {
      Set<String> members = joined(o.values(), ((AttributeValue.SS) added).values());
      return members.size() == o.values().size() ? old : new AttributeValue.SS(members);
    }
    if (old instanceof AttributeValue.NS o) {
      var members = joined(o.values(), ((AttributeValue.NS) added).values());
      return members.size() == o.values().size() ? old : new AttributeValue.NS(members);
    }
    AttributeValue.BS o = (AttributeValue.BS) old;
    var members = joined(o.values(), ((AttributeValue.BS) added).values());
    return members.size() == o.values().size() ? old : new AttributeValue.BS(members);
  }

  /**
   * {@code old} without the members of {@code removed}, or {@code null} when no member is left:
   * empty sets do not exist, so the attribute goes.
   */
  static AttributeValue difference(AttributeValue old, AttributeValue removed) {
    if (old instanceof AttributeValue.SS o) {
      Set<String> members = without(o.values(), ((AttributeValue.SS) removed).values());
      return members.size() == o.values().size() ? old
          : members.isEmpty() ? null : new AttributeValue.SS(members);
    }
    if (old instanceof AttributeValue.NS o) {
      var members = without(o.values(), ((AttributeValue.NS) removed).values());
      return members.size() == o.values().size() ? old
          : members.isEmpty() ? null : new AttributeValue.NS(members);
    }
    AttributeValue.BS o = (AttributeValue.BS) old;
    var members = without(o.values(), ((AttributeValue.BS) removed).values());
    return members.size() == o.values().size() ? old
        : members.isEmpty() ? null : new AttributeValue.BS(members);
  }

  private static <T> Set<T> joined(Set<T> old, Collection<T> added) {
    Set<T> members = new LinkedHashSet<>(old);
    members.addAll(added);
    return members;
  }

  private static <T> Set<T> without(Set<T> old, Collection<T> removed) {
    Set<T> members = new LinkedHashSet<>(old);
    members.removeAll(removed);
    return members;
  }
}
