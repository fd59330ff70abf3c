package io.keyspan.repository.generated;

import io.keyspan.engine.ReturnValue;
import io.keyspan.expression.Condition;
import io.keyspan.expression.UpdateExpression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One write method of a declared repository, as the processor checked it: an UpdateItem, DeleteItem
 * or PutItem with its update and condition trees, whose {@code :placeholders} are bound per call.
 * Generated code builds it once, as a constant; it is immutable.
 */
public final class DeclaredWrite {
  /** The DynamoDB operation. */
  public enum Kind {
    UPDATE,
    DELETE,
    PUT
  }

  private final Kind kind;
  private final String method;
  private final UpdateExpression update;
  private final Condition condition;
  private final ReturnValue returnValues;
  private final List<String> assigned;

  private DeclaredWrite(
      Kind kind,
      String method,
      UpdateExpression update,
      Condition condition,
      ReturnValue returnValues) {
    this(kind, method, update, condition, returnValues, List.of());
  }

  private DeclaredWrite(
      Kind kind,
      String method,
      UpdateExpression update,
      Condition condition,
      ReturnValue returnValues,
      List<String> assigned) {
    this.kind = kind;
    this.method = Objects.requireNonNull(method, "method");
    this.update = update;
    this.condition = condition;
    this.returnValues = returnValues;
    this.assigned = List.copyOf(assigned);
  }

  /**
   * An UpdateItem; give its expression with {@link #update(Update)}. Returns the new item unless
   * told otherwise.
   */
  public static DeclaredWrite update(String method) {
    return new DeclaredWrite(Kind.UPDATE, method, null, null, ReturnValue.ALL_NEW);
  }

  /** A DeleteItem, returning the deleted item. */
  public static DeclaredWrite delete(String method) {
    return new DeclaredWrite(Kind.DELETE, method, null, null, ReturnValue.ALL_OLD);
  }

  /** A PutItem, returning the replaced item. */
  public static DeclaredWrite put(String method) {
    return new DeclaredWrite(Kind.PUT, method, null, null, ReturnValue.ALL_OLD);
  }

  public DeclaredWrite update(UpdateExpression update) {
    if (kind != Kind.UPDATE) {
      throw new IllegalStateException("only an UpdateItem has an update expression, not " + kind);
    }
    return new DeclaredWrite(
        kind, method, Objects.requireNonNull(update, "update"), condition, returnValues, assigned);
  }

  public DeclaredWrite condition(Condition condition) {
    return new DeclaredWrite(
        kind,
        method,
        update,
        Objects.requireNonNull(condition, "condition"),
        returnValues,
        assigned);
  }

  /** Which image of the item an update returns: ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW. */
  public DeclaredWrite returnValues(ReturnValue returnValues) {
    if (kind != Kind.UPDATE || returnValues == ReturnValue.NONE) {
      throw new IllegalArgumentException(
          "an update returns ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW");
    }
    return new DeclaredWrite(kind, method, update, condition, returnValues, assigned);
  }

  /**
   * The top-level attributes this update SETs to a parameter's value ({@code SET status =
   * :status}), in the order a call passes those parameters' Java values: a single-table member's
   * update renders the index keys built from them.
   */
  public DeclaredWrite assigns(String... attributes) {
    if (kind != Kind.UPDATE) {
      throw new IllegalStateException("only an UpdateItem assigns attributes, not " + kind);
    }
    return new DeclaredWrite(kind, method, update, condition, returnValues, List.of(attributes));
  }

  /** The attributes of {@link #assigns}; empty unless given. */
  public List<String> assigned() {
    return assigned;
  }

  public Kind kind() {
    return kind;
  }

  public String method() {
    return method;
  }

  public Optional<UpdateExpression> update() {
    return Optional.ofNullable(update);
  }

  public Optional<Condition> condition() {
    return Optional.ofNullable(condition);
  }

  public ReturnValue returnValues() {
    return returnValues;
  }
}
