package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.condition;
import static io.keyspan.memory.Fixtures.engine;
import static io.keyspan.memory.Fixtures.item;
import static io.keyspan.memory.Fixtures.n;
import static io.keyspan.memory.Fixtures.put;
import static io.keyspan.memory.Fixtures.s;
import static io.keyspan.memory.Fixtures.scanAll;
import static io.keyspan.memory.Fixtures.update;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.GlobalSecondaryIndexUpdate;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.exception.KeyspanException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rejected request leaves the data exactly as it was (DESIGN.md: "A rejected request changes
 * nothing"): each case snapshots all tables (items via Scan, descriptions) before and after a
 * request that must fail, and compares.
 */
class BadInputCatalogTest {

  /** A request that must be rejected. */
  interface BadRequest {
    void send(MemoryEngine engine);
  }

  static Stream<Arguments> catalog() {
    Map<String, BadRequest> cases = new LinkedHashMap<>();
    cases.put("put: missing key", e -> put(e, "Orders", item("s", 1)));
    cases.put("put: wrong key type", e -> put(e, "Orders", item("p", 1, "s", 1)));
    cases.put("put: empty key string", e -> put(e, "Orders", item("p", "", "s", 1)));
    cases.put(
        "put: index key of wrong type", e -> put(e, "Orders", item("p", "a", "s", 1, "st", 7)));
    cases.put(
        "put: item over 400 KB",
        e -> put(e, "Orders", item("p", "a", "s", 1, "x", "y".repeat(410_000))));
    cases.put(
        "put: failed condition",
        e ->
            e.putItem(
                PutItemRequest.builder("Orders", item("p", "a", "s", 1, "v", 9))
                    .condition(condition("attribute_not_exists(p)"))
                    .build()));
    cases.put(
        "put: ALL_NEW",
        e ->
            e.putItem(
                PutItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build()));
    cases.put("put: missing table", e -> put(e, "Missing", item("p", "a")));
    cases.put(
        "update: key attribute",
        e ->
            e.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("SET s = :v0", 3))
                    .build()));
    cases.put(
        "update: failed condition",
        e ->
            e.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("SET v = :v0", 3))
                    .condition(condition("v = :v0", 100))
                    .build()));
    cases.put(
        "update: wrong operand type",
        e ->
            e.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("ADD label :v0", 1))
                    .build()));
    cases.put(
        "update: index key to wrong type",
        e ->
            e.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("SET st = :v0", 5))
                    .build()));
    cases.put(
        "update: growing past 400 KB",
        e ->
            e.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .update(update("SET x = :v0", "y".repeat(410_000)))
                    .build()));
    cases.put(
        "update: bad key",
        e ->
            e.updateItem(
                UpdateItemRequest.builder("Orders", item("p", "a"))
                    .update(update("SET v = :v0", 3))
                    .build()));
    cases.put(
        "delete: failed condition",
        e ->
            e.deleteItem(
                DeleteItemRequest.builder("Orders", item("p", "a", "s", 1))
                    .condition(condition("v = :v0", 100))
                    .build()));
    cases.put(
        "delete: key with extra attribute",
        e ->
            e.deleteItem(
                DeleteItemRequest.builder("Orders", item("p", "a", "s", 1, "v", 1)).build()));
    cases.put(
        "batch write: one bad put among good",
        e ->
            e.batchWriteItem(
                new BatchWriteItemRequest(
                    Map.of(
                        "Orders",
                        List.of(
                            new WriteRequest.Put(item("p", "new", "s", 1)),
                            new WriteRequest.Delete(item("p", "a", "s", 1)),
                            new WriteRequest.Put(item("p", "bad")))),
                    null)));
    cases.put(
        "batch write: duplicate keys",
        e ->
            e.batchWriteItem(
                new BatchWriteItemRequest(
                    Map.of(
                        "Orders",
                        List.of(
                            new WriteRequest.Delete(item("p", "a", "s", 1)),
                            new WriteRequest.Put(item("p", "a", "s", 1)))),
                    null)));
    cases.put(
        "batch write: one missing table",
        e ->
            e.batchWriteItem(
                new BatchWriteItemRequest(
                    Map.of(
                        "Orders",
                        List.of(new WriteRequest.Delete(item("p", "a", "s", 1))),
                        "Missing",
                        List.of(new WriteRequest.Delete(item("p", "a")))),
                    null)));
    cases.put(
        "transaction: one failed condition",
        e ->
            e.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(
                        new TransactWriteItem.Delete("Orders", item("p", "a", "s", 1), null, null),
                        new TransactWriteItem.Put("Orders", item("p", "new", "s", 1), null, null),
                        new TransactWriteItem.ConditionCheck(
                            "Orders", item("p", "b", "s", 2), condition("v = :v0", 100), null)),
                    null,
                    null)));
    cases.put(
        "transaction: late evaluation error",
        e ->
            e.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(
                        new TransactWriteItem.Delete("Orders", item("p", "a", "s", 1), null, null),
                        new TransactWriteItem.Update(
                            "Orders",
                            item("p", "b", "s", 2),
                            update("ADD label :v0", 1),
                            null,
                            null)),
                    null,
                    null)));
    cases.put(
        "transaction: two actions on one item",
        e ->
            e.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(
                        new TransactWriteItem.Delete("Orders", item("p", "a", "s", 1), null, null),
                        new TransactWriteItem.Put(
                            "Orders", item("p", "a", "s", 1, "v", 2), null, null)),
                    null,
                    null)));
    cases.put(
        "transaction: bad key",
        e ->
            e.transactWriteItems(
                new TransactWriteItemsRequest(
                    List.of(
                        new TransactWriteItem.Delete("Orders", item("p", "a", "s", 1), null, null),
                        new TransactWriteItem.Delete("Orders", item("p", "a"), null, null)),
                    null,
                    null)));
    cases.put(
        "create table: existing name",
        e ->
            e.createTable(
                Fixtures.table("Orders", List.of(s("p")), List.of(KeySchemaElement.hash("p")))));
    cases.put(
        "create table: invalid name",
        e ->
            e.createTable(
                Fixtures.table("x", List.of(s("p")), List.of(KeySchemaElement.hash("p")))));
    cases.put(
        "update table: index on undefined attribute",
        e ->
            e.updateTable(
                new UpdateTableRequest(
                    "Orders",
                    null,
                    null,
                    null,
                    List.of(
                        new GlobalSecondaryIndexUpdate.Create(
                            new GlobalSecondaryIndex(
                                "ByZ",
                                List.of(KeySchemaElement.hash("z")),
                                IndexProjection.ALL,
                                null))))));
    cases.put(
        "update table: delete missing index",
        e ->
            e.updateTable(
                new UpdateTableRequest(
                    "Orders",
                    null,
                    null,
                    null,
                    List.of(new GlobalSecondaryIndexUpdate.Delete("Nope")))));
    cases.put(
        "time to live: disable when disabled",
        e -> e.updateTimeToLive(new UpdateTimeToLiveRequest("Orders", "exp", false)));
    cases.put("delete table: missing", e -> e.deleteTable(new DeleteTableRequest("Missing")));
    return cases.entrySet().stream().map(c -> Arguments.of(c.getKey(), c.getValue()));
  }

  private static MemoryEngine seeded() {
    MemoryEngine engine = engine();
    engine.createTable(
        Fixtures.table(
            "Orders",
            List.of(s("p"), n("s"), s("st")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s")),
            List.of(
                new GlobalSecondaryIndex(
                    "ByState",
                    List.of(KeySchemaElement.hash("st")),
                    IndexProjection.KEYS_ONLY,
                    null)),
            null));
    engine.createTable(
        Fixtures.table("Other", List.of(s("p")), List.of(KeySchemaElement.hash("p"))));
    put(engine, "Orders", item("p", "a", "s", 1, "v", 1, "st", "new", "label", "x"));
    put(engine, "Orders", item("p", "b", "s", 2, "v", 2, "label", "y"));
    put(engine, "Other", item("p", "z"));
    return engine;
  }

  private static List<Object> snapshot(MemoryEngine engine) {
    List<Object> state = new ArrayList<>();
    for (String name :
        engine.listTables(io.keyspan.engine.ListTablesRequest.FIRST_PAGE).tableNames()) {
      TableDescription description = engine.describeTable(new DescribeTableRequest(name));
      state.add(description);
      state.add(scanAll(engine, name));
      description
          .globalSecondaryIndexes()
          .forEach(
              index ->
                  state.add(
                      engine
                          .scan(
                              io.keyspan.engine.ScanRequest.builder(name)
                                  .indexName(index.indexName())
                                  .build())
                          .items()));
    }
    return state;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void rejectedRequest_changesNothing(String name, BadRequest request) {
    MemoryEngine engine = seeded();
    List<Object> before = snapshot(engine);
    assertThrows(KeyspanException.class, () -> request.send(engine));
    assertThat(snapshot(engine)).isEqualTo(before);
  }
}
