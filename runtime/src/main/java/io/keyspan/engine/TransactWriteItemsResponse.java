package io.keyspan.engine;

import java.util.List;

/** The answer to TransactWriteItems: the capacity consumed per table, empty unless asked for. */
public record TransactWriteItemsResponse(List<ConsumedCapacity> consumedCapacity) {
  public TransactWriteItemsResponse {
    consumedCapacity = List.copyOf(consumedCapacity);
  }
}
