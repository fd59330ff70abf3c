package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.padded;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.update;

import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each stored item carries its size, computed once when written: the sizes that reads, pages, the
 * table's size and capacity report must stay those of the item as it is now, after every kind of
 * write, and an index's entries are sized as the index projects them.
 */
class StoredSizeTest {
  private final MemoryEngine engine = engine();

  private TableDescription described() {
    return engine.describeTable(new DescribeTableRequest("Docs"));
  }

  private double getUnits() {
    return engine
        .getItem(
            GetItemRequest.builder("Docs", item("p", "a"))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build())
        .consumedCapacity()
        .capacityUnits();
  }

  private double scanUnits(String indexName) {
    ScanRequest.Builder scan =
        ScanRequest.builder("Docs").returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    if (indexName != null) {
      scan.indexName(indexName);
    }
    return engine.scan(scan.build()).consumedCapacity().capacityUnits();
  }

  @Test
  void tableSize_followsPuts_updates_andDeletes() {
    Fixtures.withDocsTable(engine);
    Map<String, AttributeValue> small = item("p", "a", "tag", "t");
    put(engine, "Docs", small);
    assertThat(described().tableSizeBytes()).isEqualTo(ItemSize.of(small));

    Map<String, AttributeValue> big = padded(item("p", "a", "tag", "t"), 5000);
    put(engine, "Docs", big);
    assertThat(described().tableSizeBytes()).isEqualTo(5000);

    engine.updateItem(
        UpdateItemRequest.builder("Docs", item("p", "a"))
            .update(update("SET tag = :v0", "tt"))
            .build());
    assertThat(described().tableSizeBytes()).isEqualTo(5001);

    engine.deleteItem(DeleteItemRequest.builder("Docs", item("p", "a")).build());
    assertThat(described().tableSizeBytes()).isEqualTo(0);
  }

  @Test
  void getCapacity_usesTheSizeOfTheItemAsLastWritten() {
    Fixtures.withDocsTable(engine);
    put(engine, "Docs", padded(item("p", "a"), 4096));
    assertThat(getUnits()).isEqualTo(1.0);
    engine.updateItem(
        UpdateItemRequest.builder("Docs", item("p", "a"))
            .update(update("SET more = :v0", "y"))
            .build());
    assertThat(getUnits()).isEqualTo(2.0);
    engine.putItem(PutItemRequest.builder("Docs", item("p", "a")).build());
    assertThat(getUnits()).isEqualTo(1.0);
  }

  @Test
  void batchWrites_storeTheirItemsSizes() {
    Fixtures.withDocsTable(engine);
    Map<String, AttributeValue> big = padded(item("p", "a"), 9000);
    engine.batchWriteItem(
        new BatchWriteItemRequest(Map.of("Docs", List.of(new WriteRequest.Put(big))), null));
    assertThat(described().tableSizeBytes()).isEqualTo(9000);
    assertThat(getUnits()).isEqualTo(3.0);
  }

  @Test
  void indexEntries_areSizedAsTheIndexProjectsThem() {
    Fixtures.withDocsTable(engine);
    // 8 KB items whose KEYS_ONLY entries are a few bytes: a scan of the index evaluates the
    // entries, a scan of the table the whole items.
    put(engine, "Docs", padded(item("p", "a", "tag", "t"), 8192));
    put(engine, "Docs", padded(item("p", "b", "tag", "t"), 8192));
    long entry = ItemSize.of(item("p", "a", "tag", "t"));
    assertThat(described().globalSecondaryIndexes().get(0).indexSizeBytes()).isEqualTo(2 * entry);
    assertThat(scanUnits("ByTag")).isEqualTo(0.5);
    assertThat(scanUnits(null)).isEqualTo(2.0);

    engine.updateItem(
        UpdateItemRequest.builder("Docs", item("p", "a"))
            .update(update("SET tag = :v0", "longer tag"))
            .build());
    assertThat(described().globalSecondaryIndexes().get(0).indexSizeBytes())
        .isEqualTo(entry + ItemSize.of(item("p", "a", "tag", "longer tag")));
  }

  @Test
  void aTableWithBothKindsOfIndex_keepsEntriesInEach() {
    engine.createTable(
        Fixtures.table(
            "Docs",
            List.of(s("p"), Fixtures.n("s"), s("tag"), Fixtures.n("rank")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            List.of(Fixtures.byTag()),
            List.of(
                new LocalSecondaryIndex(
                    "ByRank",
                    List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("rank")),
                    IndexProjection.KEYS_ONLY))));
    put(engine, "Docs", item("p", "a", "s", 1, "tag", "t", "rank", 7, "body", "long body"));
    TableDescription table = described();
    assertThat(table.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
    assertThat(table.globalSecondaryIndexes().get(0).indexSizeBytes())
        .isEqualTo(ItemSize.of(item("p", "a", "s", 1, "tag", "t")));
    assertThat(table.localSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
    assertThat(table.localSecondaryIndexes().get(0).indexSizeBytes())
        .isEqualTo(ItemSize.of(item("p", "a", "s", 1, "rank", 7)));
  }

  @Test
  void aBackfilledIndex_sizesItsEntriesToo() {
    engine.createTable(
        Fixtures.table("Docs", List.of(s("p")), List.of(KeySchemaElement.hash("p"))));
    put(engine, "Docs", padded(item("p", "a", "tag", "t"), 8192));
    engine.updateTable(
        new UpdateTableRequest(
            "Docs",
            List.of(s("tag")),
            null,
            null,
            List.of(new GlobalSecondaryIndexUpdate.Create(Fixtures.byTag()))));
    assertThat(described().globalSecondaryIndexes().get(0).indexSizeBytes())
        .isEqualTo(ItemSize.of(item("p", "a", "tag", "t")));
    assertThat(scanUnits("ByTag")).isEqualTo(0.5);
  }
}
