package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ItemCollectionMetrics;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.memory.MemoryEngine;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch write with some items left unprocessed still answers what the caller asked for. */
class UnprocessedBatchesTest {

  @Test
  void itemCollectionMetrics_ofTheProcessedItems_areReturned() {
    Faults faults = Faults.create();
    Engine engine = faults.wrap(MemoryEngine.create());
    engine.createTable(threadsWithLocalIndex());
    faults.on(Operation.BATCH_WRITE_ITEM).touching("Threads", key("b")).leaveUnprocessed();

    BatchWriteItemResponse response =
        engine.batchWriteItem(
            new BatchWriteItemRequest(
                Map.of(
                    "Threads",
                    List.of(new WriteRequest.Put(key("a")), new WriteRequest.Put(key("b")))),
                ReturnConsumedCapacity.NONE,
                ReturnItemCollectionMetrics.SIZE));

    assertThat(response.unprocessedItems().get("Threads"))
        .containsExactly(new WriteRequest.Put(key("b")));
    assertThat(response.itemCollectionMetrics().get("Threads"))
        .containsExactly(new ItemCollectionMetrics(Map.of("p", AttributeValue.s("a")), 0.0, 1.0));
  }

  private static Map<String, AttributeValue> key(String partition) {
    return Map.of("p", AttributeValue.s(partition), "s", AttributeValue.n("1"));
  }

  /** Threads (p S, s N) with a local index, so writes have item collections to report. */
  private static CreateTableRequest threadsWithLocalIndex() {
    return new CreateTableRequest(
        "Threads",
        List.of(
            new AttributeDefinition("p", ScalarAttributeType.S),
            new AttributeDefinition("s", ScalarAttributeType.N),
            new AttributeDefinition("pos", ScalarAttributeType.N)),
        List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
        null,
        List.of(
            new LocalSecondaryIndex(
                "ByPosition",
                List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("pos")),
                IndexProjection.KEYS_ONLY)),
        BillingMode.PAY_PER_REQUEST,
        null,
        null,
        null);
  }
}
