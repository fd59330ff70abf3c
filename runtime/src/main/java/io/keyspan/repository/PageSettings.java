package io.keyspan.repository;

import io.keyspan.engine.PageRequestBuilder;
import io.keyspan.engine.Select;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * What a Query and a Scan set alike on every page's request: the index, the filter, the projection
 * and the read consistency, with the page's start, size and selection.
 */
record PageSettings(
    String indexName, Condition filter, Projection projection, boolean consistentRead) {

  /** Sets these settings and the page's on {@code builder}, a Query's or a Scan's. */
  <B extends PageRequestBuilder<B>> B page(
      B builder, Map<String, AttributeValue> start, Integer size, Select select) {
    return builder
        .indexName(indexName)
        .filter(filter)
        .projection(projection)
        .select(select)
        .limit(size)
        .exclusiveStartKey(start)
        .consistentRead(consistentRead);
  }
}
