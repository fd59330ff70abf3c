package io.keyspan.engine.partiql;

import io.keyspan.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement's answer: a SELECT's page of items (empty for writes) and, when the read is not
 * complete, the key the next page starts after.
 */
public record ExecuteStatementResponse(
    List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey) {
  public ExecuteStatementResponse {
    items = List.copyOf(items);
    // In the key's own order, so that the NextToken written from it is the same in every process.
    lastEvaluatedKey =
        lastEvaluatedKey == null
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(lastEvaluatedKey));
  }
}
