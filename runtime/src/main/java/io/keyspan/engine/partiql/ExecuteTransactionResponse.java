package io.keyspan.engine.partiql;

import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an ExecuteTransaction answers: for a transaction of SELECTs, the item each found (empty
 * where none exists), in statement order; nothing for a transaction of writes.
 */
public record ExecuteTransactionResponse(List<Optional<Map<String, AttributeValue>>> responses) {
  public ExecuteTransactionResponse {
    responses = List.copyOf(responses);
  }
}
