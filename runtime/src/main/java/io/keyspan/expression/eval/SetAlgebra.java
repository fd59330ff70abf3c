package io.keyspan.expression.eval;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Union and difference of two sets of one type, for ADD and DELETE (Developer Guide
 * Expressions.UpdateExpressions).
 */
final class SetAlgebra {
  private SetAlgebra() {}

  /** {@code old} with the members of {@code added}; both of one set type. */
  static AttributeValue union(AttributeValue old, AttributeValue added) {
    return combine(old, added, Set::addAll);
  }

  /**
   * {@code old} without the members of {@code removed}, or {@code null} when no member is left:
   * empty sets do not exist, so the attribute goes.
   */
  static AttributeValue difference(AttributeValue old, AttributeValue removed) {
    return combine(old, removed, Set::removeAll);
  }

  private static AttributeValue combine(
      AttributeValue old, AttributeValue other, BiConsumer<Set<Object>, Set<?>> operation) {
    Set<?> oldMembers = members(old);
    Set<Object> members = new LinkedHashSet<>(oldMembers);
    operation.accept(members, members(other));
    if (members.size() == oldMembers.size()) {
      return old; // nothing added or removed: keep sharing the old value
    }
    return members.isEmpty() ? null : withMembers(old.type(), members);
  }

  private static Set<?> members(AttributeValue set) {
    if (set instanceof AttributeValue.SS ss) {
      return ss.values();
    }
    if (set instanceof AttributeValue.NS ns) {
      return ns.values();
    }
    return ((AttributeValue.BS) set).values();
  }

  // The members came from two sets of this very type, so the casts hold.
  @SuppressWarnings("unchecked")
  private static AttributeValue withMembers(AttributeValue.Type type, Set<?> members) {
    switch (type) {
      case SS:
        return new AttributeValue.SS((Set<String>) members);
      case NS:
        return new AttributeValue.NS((Set<BigDecimal>) members);
      case BS:
        return new AttributeValue.BS((Set<Bytes>) members);
      default:
        throw new IllegalArgumentException("not a set type: " + type);
    }
  }
}
