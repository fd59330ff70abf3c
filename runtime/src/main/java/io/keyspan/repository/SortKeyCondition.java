package io.keyspan.repository;

import io.keyspan.expression.KeyCondition;

/**
 * A condition on a query's sort key, built only by that query's {@link QuerySortKey}; it becomes
 * the second term of the query's KeyConditionExpression.
 */
public final class SortKeyCondition {
  private final KeyCondition.Term term;

  SortKeyCondition(KeyCondition.Term term) {
    this.term = term;
  }

  KeyCondition.Term term() {
    return term;
  }
}
