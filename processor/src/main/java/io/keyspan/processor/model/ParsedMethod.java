package io.keyspan.processor.model;

import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.processor.base.Report.Place;
import java.util.Optional;

/**
 * A method's operation with its expression trees, before they are checked against the table: from
 * annotation text (parsed) or from a derived name (built). Each part keeps the place an error about
 * it points at.
 *
 * @param condition the filter of a read, the condition of a write; null for none
 * @param returnValues for an update: ALL_OLD, UPDATED_OLD, ALL_NEW or UPDATED_NEW
 * @param derived whether the method's name says what it does (no annotation)
 */
public record ParsedMethod(
    Operation operation,
    Optional<String> index,
    Place indexPlace,
    KeyCondition key,
    Place keyPlace,
    Condition condition,
    Place conditionPlace,
    UpdateExpression update,
    Place updatePlace,
    Projection projection,
    Place projectionPlace,
    boolean descending,
    boolean consistentRead,
    Place consistentReadPlace,
    int limit,
    int pageSize,
    String returnValues,
    boolean derived) {

  /**
   * A read a derived name says: its trees built, every part's errors pointing at the method.
   *
   * @param key null for a Scan
   */
  public static ParsedMethod derivedRead(
      Operation operation,
      Optional<String> index,
      Place method,
      KeyCondition key,
      Condition filter,
      boolean descending,
      int limit) {
    return new ParsedMethod(
        operation,
        index,
        method,
        key,
        method,
        filter,
        method,
        null,
        method,
        null,
        method,
        descending,
        false,
        method,
        limit,
        0,
        "ALL_NEW",
        true);
  }

  /** A delete a derived name says ({@code deleteByUserId}): by key, without condition. */
  public static ParsedMethod derivedDelete(Place method) {
    return derivedRead(Operation.DELETE, Optional.empty(), method, null, null, false, 0);
  }

  /** The same method with another key condition: a single-table member's, translated. */
  public ParsedMethod withKey(KeyCondition translated) {
    return new ParsedMethod(
        operation,
        index,
        indexPlace,
        translated,
        keyPlace,
        condition,
        conditionPlace,
        update,
        updatePlace,
        projection,
        projectionPlace,
        descending,
        consistentRead,
        consistentReadPlace,
        limit,
        pageSize,
        returnValues,
        derived);
  }
}
