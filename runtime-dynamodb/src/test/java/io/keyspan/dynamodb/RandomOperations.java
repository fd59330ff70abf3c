package io.keyspan.dynamodb;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Seeded random operations over two small tables, built so that two correct engines must agree on
 * each one: a keyed table {@code main} ({@code pk} S, {@code sk} N) with a global index {@code
 * byGroup} ({@code group} S, {@code rank} N, INCLUDE {@code a}) and a local index {@code byS}
 * ({@code s} S, ALL), and a plain table {@code side} ({@code pk} S).
 *
 * <p>The value domain is small so that conditions hit and miss, updates meet missing and badly
 * typed attributes, and keys repeat. Where DynamoDB leaves an order open (items with equal index
 * sort keys, scan order) the results are compared in a canonical order instead: a {@code rank} is
 * unique per item (so the global index has a total order), local-index results are sorted, and
 * scans are compared as multisets.
 */
final class RandomOperations {
  /**
   * One operation: a description for reports, and what it does to an engine.
   *
   * @param table the table of a single-item write, else null
   * @param key the key of a single-item write, else null
   */
  record Operation(
      String kind,
      String description,
      String table,
      Map<String, AttributeValue> key,
      Function<Engine, Object> run) {
    Operation(String kind, String description, Function<Engine, Object> run) {
      this(kind, description, null, null, run);
    }
  }

  private static final List<String> PARTITIONS = List.of("p0", "p1", "p2");
  private static final List<String> STRINGS = List.of("x", "xy", "xyz", "y", "yz", "ab");
  private static final List<String> MEMBERS = List.of("r", "g", "b");
  private static final List<String> GROUPS = List.of("g0", "g1");

  private final Random random;
  private final String main;
  private final String side;
  private final boolean transactions;

  /**
   * @param transactions transactions among simple writes and reads (for moto), or everything else
   *     (for dynalite)
   */
  RandomOperations(long seed, String main, String side, boolean transactions) {
    this.random = new Random(seed);
    this.main = main;
    this.side = side;
    this.transactions = transactions;
  }

  // ---------------------------------------------------------------- tables

  static CreateTableRequest mainTable(String name) {
    return new CreateTableRequest(
        name,
        List.of(
            new AttributeDefinition("pk", ScalarAttributeType.S),
            new AttributeDefinition("sk", ScalarAttributeType.N),
            new AttributeDefinition("group", ScalarAttributeType.S),
            new AttributeDefinition("rank", ScalarAttributeType.N),
            new AttributeDefinition("s", ScalarAttributeType.S)),
        List.of(KeySchemaElement.hash("pk"), KeySchemaElement.range("sk")),
        List.of(
            new GlobalSecondaryIndex(
                "byGroup",
                List.of(KeySchemaElement.hash("group"), KeySchemaElement.range("rank")),
                IndexProjection.include(List.of("a")),
                null)),
        List.of(
            new LocalSecondaryIndex(
                "byS",
                List.of(KeySchemaElement.hash("pk"), KeySchemaElement.range("s")),
                IndexProjection.ALL)),
        BillingMode.PAY_PER_REQUEST,
        null,
        null,
        null);
  }

  static CreateTableRequest sideTable(String name) {
    return new CreateTableRequest(
        name,
        List.of(new AttributeDefinition("pk", ScalarAttributeType.S)),
        List.of(KeySchemaElement.hash("pk")),
        List.of(),
        List.of(),
        BillingMode.PAY_PER_REQUEST,
        null,
        null,
        null);
  }

  // ---------------------------------------------------------------- operations

  Operation next() {
    return transactions ? nextForTransactions() : nextWithoutTransactions();
  }

  /**
   * For moto: transactions among simple writes and reads. moto's documented deviations in
   * everything else (UPDATED_NEW with the key, size(), projections of list elements, capacity
   * figures; runtime-dynamodb/EMULATORS.md) are left to the dynalite run.
   */
  private Operation nextForTransactions() {
    int roll = random.nextInt(100);
    if (roll < 20) {
      PutItemRequest request =
          PutItemRequest.builder(main, mainItem())
              .condition(maybe(3) ? simpleCondition(1) : null)
              .returnValues(maybe(2) ? ReturnValue.ALL_OLD : ReturnValue.NONE)
              .build();
      return new Operation(
          "PutItem",
          request.toString(),
          main,
          keyOf(request.item()),
          engine -> engine.putItem(request));
    } else if (roll < 35) {
      UpdateItemRequest request =
          UpdateItemRequest.builder(main, mainKey())
              .update(topLevelUpdate())
              .condition(maybe(3) ? simpleCondition(1) : null)
              .returnValues(
                  pick(List.of(ReturnValue.NONE, ReturnValue.ALL_OLD, ReturnValue.ALL_NEW)))
              .build();
      return new Operation(
          "UpdateItem",
          request.toString(),
          main,
          request.key(),
          engine -> engine.updateItem(request));
    } else if (roll < 42) {
      DeleteItemRequest request =
          DeleteItemRequest.builder(main, mainKey())
              .condition(maybe(3) ? simpleCondition(1) : null)
              .returnValues(maybe(2) ? ReturnValue.ALL_OLD : ReturnValue.NONE)
              .build();
      return new Operation(
          "DeleteItem",
          request.toString(),
          main,
          request.key(),
          engine -> engine.deleteItem(request));
    } else if (roll < 50) {
      GetItemRequest request = GetItemRequest.builder(main, mainKey()).consistentRead(true).build();
      return new Operation("GetItem", request.toString(), engine -> engine.getItem(request));
    } else if (roll < 85) {
      return transactWrite();
    } else {
      return transactGet();
    }
  }

  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    return Map.of("pk", item.get("pk"), "sk", item.get("sk"));
  }

  private Operation nextWithoutTransactions() {
    int roll = random.nextInt(100);
    if (roll < 22) {
      return put();
    } else if (roll < 44) {
      return update();
    } else if (roll < 52) {
      return delete();
    } else if (roll < 60) {
      return get();
    } else if (roll < 70) {
      return queryTable();
    } else if (roll < 76) {
      return queryGlobalIndex();
    } else if (roll < 80) {
      return queryLocalIndex();
    } else if (roll < 88) {
      return scan();
    } else if (roll < 94) {
      return batchWrite();
    } else {
      return batchGet();
    }
  }

  /** The final contents of both tables, as multisets. */
  Operation contents() {
    return new Operation(
        "contents",
        "final contents",
        engine ->
            Map.of(
                "main",
                    Multiset.of(
                        scanAll(engine, ScanRequest.builder(main).consistentRead(true).build())),
                "side",
                    Multiset.of(
                        scanAll(engine, ScanRequest.builder(side).consistentRead(true).build()))));
  }

  private Operation put() {
    boolean onSide = random.nextInt(5) == 0;
    Map<String, AttributeValue> item = onSide ? sideItem() : mainItem();
    PutItemRequest request =
        PutItemRequest.builder(onSide ? side : main, item)
            .condition(maybe(3) ? condition(2) : null)
            .returnValues(maybe(2) ? ReturnValue.ALL_OLD : ReturnValue.NONE)
            .returnValuesOnConditionCheckFailure(onFailure())
            .returnConsumedCapacity(capacity())
            .build();
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("pk", item.get("pk"));
    if (!onSide) {
      key.put("sk", item.get("sk"));
    }
    return new Operation(
        "PutItem", request.toString(), request.tableName(), key, engine -> engine.putItem(request));
  }

  private Operation update() {
    UpdateItemRequest request =
        UpdateItemRequest.builder(main, mainKey())
            .update(updateExpression())
            .condition(maybe(3) ? condition(2) : null)
            .returnValues(ReturnValue.values()[random.nextInt(ReturnValue.values().length)])
            .returnValuesOnConditionCheckFailure(onFailure())
            .returnConsumedCapacity(capacity())
            .build();
    return new Operation(
        "UpdateItem",
        request.toString(),
        main,
        request.key(),
        engine -> engine.updateItem(request));
  }

  private Operation delete() {
    DeleteItemRequest request =
        DeleteItemRequest.builder(main, mainKey())
            .condition(maybe(2) ? condition(2) : null)
            .returnValues(maybe(2) ? ReturnValue.ALL_OLD : ReturnValue.NONE)
            .returnValuesOnConditionCheckFailure(onFailure())
            .returnConsumedCapacity(capacity())
            .build();
    return new Operation(
        "DeleteItem",
        request.toString(),
        main,
        request.key(),
        engine -> engine.deleteItem(request));
  }

  private Operation get() {
    GetItemRequest request =
        GetItemRequest.builder(main, mainKey())
            .projection(maybe(3) ? projection() : null)
            .consistentRead(true)
            .returnConsumedCapacity(capacity())
            .build();
    return new Operation("GetItem", request.toString(), engine -> engine.getItem(request));
  }

  private Operation queryTable() {
    KeyCondition.Term partition =
        new KeyCondition.Compare("pk", ComparisonOperator.EQ, literal(s(pick(PARTITIONS))));
    KeyCondition keyCondition =
        maybe(2)
            ? KeyCondition.of(partition, sortKeyTerm("sk", this::smallNumber))
            : KeyCondition.of(partition);
    QueryRequest request =
        QueryRequest.builder(main, keyCondition)
            .filter(maybe(3) ? condition(1) : null)
            .projection(maybe(4) ? projectionWithKeys() : null)
            .select(maybe(6) ? Select.COUNT : null)
            .limit(maybe(2) ? 1 + random.nextInt(3) : null)
            .scanIndexForward(random.nextBoolean())
            .consistentRead(true)
            .returnConsumedCapacity(capacity())
            .build();
    return new Operation("Query", request.toString(), engine -> allPages(engine, request));
  }

  private Operation queryGlobalIndex() {
    KeyCondition.Term partition =
        new KeyCondition.Compare("group", ComparisonOperator.EQ, literal(s(pick(GROUPS))));
    KeyCondition keyCondition =
        maybe(2)
            ? KeyCondition.of(partition, sortKeyTerm("rank", () -> n(random.nextInt(60))))
            : KeyCondition.of(partition);
    QueryRequest request =
        QueryRequest.builder(main, keyCondition)
            .indexName("byGroup")
            .limit(maybe(2) ? 1 + random.nextInt(3) : null)
            .scanIndexForward(random.nextBoolean())
            .build();
    return new Operation("Query byGroup", request.toString(), engine -> allPages(engine, request));
  }

  /**
   * Local-index queries read all pages; equal {@code s} values leave the order open, so results are
   * sorted.
   */
  private Operation queryLocalIndex() {
    KeyCondition.Term partition =
        new KeyCondition.Compare("pk", ComparisonOperator.EQ, literal(s(pick(PARTITIONS))));
    KeyCondition keyCondition =
        maybe(2)
            ? KeyCondition.of(
                partition,
                new KeyCondition.BeginsWith("s", literal(s(pick(STRINGS).substring(0, 1)))))
            : KeyCondition.of(partition);
    QueryRequest request =
        QueryRequest.builder(main, keyCondition)
            .indexName("byS")
            .scanIndexForward(random.nextBoolean())
            .consistentRead(true)
            .build();
    return new Operation(
        "Query byS",
        request.toString(),
        engine -> {
          PageResponse page = engine.query(request);
          List<Map<String, AttributeValue>> items = new ArrayList<>(page.items());
          items.sort(
              java.util.Comparator.comparing(
                      (Map<String, AttributeValue> item) ->
                          ((AttributeValue.S) item.get("s")).value())
                  .thenComparing(item -> ((AttributeValue.N) item.get("sk")).value()));
          return List.of(items, page.count(), page.scannedCount(), page.lastEvaluatedKey() == null);
        });
  }

  private Operation scan() {
    boolean segmented = maybe(3);
    int totalSegments = segmented ? 2 + random.nextInt(3) : 1;
    ScanRequest template =
        ScanRequest.builder(maybe(5) ? side : main)
            .filter(maybe(2) ? condition(2) : null)
            .projection(maybe(4) ? projectionWithKeys() : null)
            .limit(maybe(2) ? 1 + random.nextInt(4) : null)
            .consistentRead(true)
            .build();
    return new Operation(
        "Scan",
        template + " segments=" + totalSegments,
        engine -> {
          List<Map<String, AttributeValue>> items = new ArrayList<>();
          int count = 0;
          int scanned = 0;
          for (int segment = 0; segment < totalSegments; segment++) {
            ScanRequest request =
                segmented
                    ? template.toBuilder().segment(segment).totalSegments(totalSegments).build()
                    : template;
            Map<String, AttributeValue> start = null;
            do {
              PageResponse page = engine.scan(request.toBuilder().exclusiveStartKey(start).build());
              items.addAll(page.items());
              count += page.count();
              scanned += page.scannedCount();
              start = page.lastEvaluatedKey();
            } while (start != null);
          }
          return List.of(Multiset.of(items), count, scanned);
        });
  }

  private Operation batchWrite() {
    Map<String, List<WriteRequest>> writes = new LinkedHashMap<>();
    Set<Map<String, AttributeValue>> keys = new LinkedHashSet<>();
    int size = 1 + random.nextInt(5);
    boolean allowDuplicate = maybe(8);
    for (int i = 0; i < size; i++) {
      boolean onSide = maybe(3);
      Map<String, AttributeValue> item = onSide ? sideItem() : mainItem();
      Map<String, AttributeValue> key =
          onSide
              ? Map.of("pk", item.get("pk"))
              : Map.of("pk", item.get("pk"), "sk", item.get("sk"));
      Map<String, AttributeValue> tableKey = new HashMap<>(key);
      tableKey.put("#table", s(onSide ? side : main));
      if (!keys.add(tableKey) && !allowDuplicate) {
        continue;
      }
      writes
          .computeIfAbsent(onSide ? side : main, t -> new ArrayList<>())
          .add(maybe(3) ? new WriteRequest.Delete(key) : new WriteRequest.Put(item));
    }
    BatchWriteItemRequest request = new BatchWriteItemRequest(writes, ReturnConsumedCapacity.NONE);
    return new Operation(
        "BatchWriteItem",
        request.toString(),
        engine -> engine.batchWriteItem(request).unprocessedItems());
  }

  private Operation batchGet() {
    Set<Map<String, AttributeValue>> mainKeys = new LinkedHashSet<>();
    Set<Map<String, AttributeValue>> sideKeys = new LinkedHashSet<>();
    int size = 1 + random.nextInt(6);
    for (int i = 0; i < size; i++) {
      if (maybe(3)) {
        sideKeys.add(Map.of("pk", s(pick(PARTITIONS))));
      } else {
        mainKeys.add(mainKey());
      }
    }
    Map<String, KeysAndAttributes> perTable = new LinkedHashMap<>();
    if (!mainKeys.isEmpty()) {
      perTable.put(
          main, new KeysAndAttributes(List.copyOf(mainKeys), maybe(3) ? projection() : null, true));
    }
    if (!sideKeys.isEmpty()) {
      perTable.put(side, new KeysAndAttributes(List.copyOf(sideKeys), null, true));
    }
    BatchGetItemRequest request = new BatchGetItemRequest(perTable, ReturnConsumedCapacity.NONE);
    return new Operation(
        "BatchGetItem",
        request.toString(),
        engine -> {
          var response = engine.batchGetItem(request);
          Map<String, Multiset> found = new HashMap<>();
          response.responses().forEach((table, items) -> found.put(table, Multiset.of(items)));
          return List.of(found, response.unprocessedKeys());
        });
  }

  private Operation transactWrite() {
    List<TransactWriteItem> actions = new ArrayList<>();
    Set<Map<String, AttributeValue>> keys = new LinkedHashSet<>();
    int size = 1 + random.nextInt(3);
    for (int i = 0; i < size; i++) {
      Map<String, AttributeValue> item = mainItem();
      Map<String, AttributeValue> key = Map.of("pk", item.get("pk"), "sk", item.get("sk"));
      if (!keys.add(key)) {
        continue;
      }
      Condition condition = maybe(2) ? simpleCondition(1) : null;
      ReturnValuesOnConditionCheckFailure onFailure = onFailure();
      int kind = random.nextInt(4);
      if (kind == 0) {
        actions.add(new TransactWriteItem.Put(main, item, condition, onFailure));
      } else if (kind == 1) {
        actions.add(
            new TransactWriteItem.Update(main, key, topLevelUpdate(), condition, onFailure));
      } else if (kind == 2) {
        actions.add(new TransactWriteItem.Delete(main, key, condition, onFailure));
      } else {
        actions.add(new TransactWriteItem.ConditionCheck(main, key, simpleCondition(1), onFailure));
      }
    }
    TransactWriteItemsRequest request =
        new TransactWriteItemsRequest(actions, null, ReturnConsumedCapacity.NONE);
    return new Operation(
        "TransactWriteItems",
        request.toString(),
        engine -> {
          engine.transactWriteItems(request);
          return "committed";
        });
  }

  private Operation transactGet() {
    List<TransactGetItem> reads = new ArrayList<>();
    Set<Map<String, AttributeValue>> keys = new LinkedHashSet<>();
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      Map<String, AttributeValue> key = mainKey();
      if (keys.add(key)) {
        // No projection: moto ignores it in TransactGetItems (see MotoContractTest).
        reads.add(new TransactGetItem(main, key, null));
      }
    }
    TransactGetItemsRequest request =
        new TransactGetItemsRequest(reads, ReturnConsumedCapacity.NONE);
    return new Operation(
        "TransactGetItems",
        request.toString(),
        engine -> engine.transactGetItems(request).responses());
  }

  // ---------------------------------------------------------------- reading helpers

  private static List<PageResponse> allPages(Engine engine, QueryRequest request) {
    List<PageResponse> pages = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = engine.query(request.toBuilder().exclusiveStartKey(start).build());
      pages.add(page);
      start = page.lastEvaluatedKey();
    } while (start != null && pages.size() < 50);
    return pages;
  }

  private static List<Map<String, AttributeValue>> scanAll(Engine engine, ScanRequest request) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = engine.scan(request.toBuilder().exclusiveStartKey(start).build());
      items.addAll(page.items());
      start = page.lastEvaluatedKey();
    } while (start != null);
    return items;
  }

  // ---------------------------------------------------------------- items and keys

  private Map<String, AttributeValue> mainKey() {
    int partition = random.nextInt(PARTITIONS.size());
    int sortKey = random.nextInt(6);
    return Map.of("pk", s(PARTITIONS.get(partition)), "sk", n(sortKey));
  }

  /** A unique rank per item, so the global index has a total order. */
  private static AttributeValue rankOf(Map<String, AttributeValue> key) {
    int partition = PARTITIONS.indexOf(((AttributeValue.S) key.get("pk")).value());
    return n(((AttributeValue.N) key.get("sk")).value().intValue() * 10L + partition);
  }

  private Map<String, AttributeValue> mainItem() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(mainKey());
    if (maybe(2)) {
      item.put("a", smallNumber());
    }
    if (maybe(2)) {
      // A number in the local index's string key is a validation error, which moto misses
      // (runtime-dynamodb/EMULATORS.md), so only the dynalite run tries it.
      item.put("s", !transactions && maybe(25) ? n(1) : s(pick(STRINGS)));
    }
    if (maybe(3)) {
      item.put("tags", stringSet());
    }
    if (maybe(3)) {
      item.put("list", AttributeValue.l(smallNumber(), s(pick(STRINGS))));
    }
    if (maybe(3)) {
      item.put("m", AttributeValue.m(Map.of("x", smallNumber())));
    }
    if (maybe(2)) {
      item.put("group", s(pick(GROUPS)));
      item.put("rank", rankOf(item));
    }
    return item;
  }

  private Map<String, AttributeValue> sideItem() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("pk", s(pick(PARTITIONS)));
    if (maybe(2)) {
      item.put("a", smallNumber());
    }
    return item;
  }

  // ---------------------------------------------------------------- expressions

  private Condition condition(int depth) {
    int roll = random.nextInt(depth > 0 ? 13 : 10);
    switch (roll) {
      case 0:
        return new Condition.AttributeExists(path());
      case 1:
        return new Condition.AttributeNotExists(path());
      case 2:
        return new Condition.Compare(
            Path.of("a"), pick(List.of(ComparisonOperator.values())), literal(smallNumber()));
      case 3:
        return new Condition.BeginsWith(Path.of("s"), literal(s(pick(STRINGS).substring(0, 1))));
      case 4:
        return new Condition.Contains(Path.of("tags"), literal(s(pick(MEMBERS))));
      case 5:
        // Not <>: whether size() of a missing attribute is <> a number is open (dynalite: true,
        // the in-memory engine: false; no source settles it), so it is not compared.
        return new Condition.Compare(
            new Operand.Size(Path.of(pick(List.of("list", "s", "tags", "m")))),
            pick(
                List.of(
                    ComparisonOperator.EQ,
                    ComparisonOperator.LT,
                    ComparisonOperator.LE,
                    ComparisonOperator.GT,
                    ComparisonOperator.GE)),
            literal(n(random.nextInt(4))));
      case 6:
        {
          int low = random.nextInt(8) - 2;
          return new Condition.Between(
              Path.of("a"), literal(n(low)), literal(n(low + random.nextInt(5))));
        }
      case 7:
        return new Condition.In(
            Path.of(pick(List.of("a", "s"))),
            List.of(literal(smallNumber()), literal(s(pick(STRINGS)))));
      case 8:
        return new Condition.AttributeType(
            Path.of(pick(List.of("a", "s", "tags", "m"))),
            literal(s(pick(List.of("N", "S", "SS", "M", "L")))));
      case 9:
        return new Condition.Compare(
            Path.of("s"), pick(List.of(ComparisonOperator.values())), literal(s(pick(STRINGS))));
      case 10:
        return new Condition.And(condition(depth - 1), condition(depth - 1));
      case 11:
        return new Condition.Or(condition(depth - 1), condition(depth - 1));
      default:
        return new Condition.Not(condition(depth - 1));
    }
  }

  /** A condition without size() and without nested paths, which moto evaluates as DynamoDB does. */
  private Condition simpleCondition(int depth) {
    int roll = random.nextInt(depth > 0 ? 6 : 4);
    switch (roll) {
      case 0:
        return new Condition.AttributeExists(Path.of(pick(List.of("a", "s", "tags"))));
      case 1:
        return new Condition.AttributeNotExists(Path.of(pick(List.of("a", "s", "pk"))));
      case 2:
        return new Condition.Compare(
            Path.of("a"), pick(List.of(ComparisonOperator.values())), literal(smallNumber()));
      case 3:
        return new Condition.BeginsWith(Path.of("s"), literal(s(pick(STRINGS).substring(0, 1))));
      case 4:
        return new Condition.And(simpleCondition(depth - 1), simpleCondition(depth - 1));
      default:
        return new Condition.Or(simpleCondition(depth - 1), simpleCondition(depth - 1));
    }
  }

  private Path path() {
    return pick(
        List.of(
            Path.of("a"),
            Path.of("s"),
            Path.of("tags"),
            Path.of("m").attribute("x"),
            Path.of("list").index(0),
            Path.of("group")));
  }

  private KeyCondition.Term sortKeyTerm(
      String attribute, java.util.function.Supplier<AttributeValue> value) {
    int roll = random.nextInt(7);
    if (roll < 5) {
      return new KeyCondition.Compare(
          attribute,
          List.of(
                  ComparisonOperator.EQ,
                  ComparisonOperator.LT,
                  ComparisonOperator.LE,
                  ComparisonOperator.GT,
                  ComparisonOperator.GE)
              .get(roll),
          literal(value.get()));
    }
    AttributeValue low = value.get();
    AttributeValue high = value.get();
    if (((AttributeValue.N) low).value().compareTo(((AttributeValue.N) high).value()) > 0) {
      AttributeValue swap = low;
      low = high;
      high = swap;
    }
    return new KeyCondition.Between(attribute, literal(low), literal(high));
  }

  /** One to three actions on distinct top-level attributes, so no two paths overlap. */
  private UpdateExpression updateExpression() {
    List<UpdateExpression.SetAction> set = new ArrayList<>();
    List<Path> remove = new ArrayList<>();
    List<UpdateExpression.AddAction> add = new ArrayList<>();
    List<UpdateExpression.DeleteAction> delete = new ArrayList<>();
    List<String> targets = new ArrayList<>(List.of("a", "s", "tags", "list", "m", "group"));
    java.util.Collections.shuffle(targets, random);
    int actions = 1 + random.nextInt(3);
    for (String target : targets.subList(0, actions)) {
      Path path = Path.of(target);
      int roll = random.nextInt(4);
      switch (target) {
        case "a":
          if (roll == 0) {
            set.add(
                new UpdateExpression.SetAction(
                    path, new UpdateValue.Plus(path, literal(smallNumber()))));
          } else if (roll == 1) {
            set.add(
                new UpdateExpression.SetAction(
                    path, new UpdateValue.IfNotExists(path, literal(smallNumber()))));
          } else if (roll == 2) {
            add.add(new UpdateExpression.AddAction(path, literal(smallNumber())));
          } else {
            remove.add(path);
          }
          break;
        case "s":
          // Only strings: SET of a local-index key to a constant of the wrong type is checked
          // before the condition with "Type mismatch for Index Key" by dynalite, after it with
          // "...update the secondary index key to unsupported type" by the in-memory engine; no
          // source settles DynamoDB's order or text (reported, not compared).
          if (roll < 3) {
            set.add(new UpdateExpression.SetAction(path, literal(s(pick(STRINGS)))));
          } else {
            remove.add(path);
          }
          break;
        case "tags":
          if (roll < 2) {
            add.add(new UpdateExpression.AddAction(path, literal(stringSet())));
          } else if (roll == 2) {
            delete.add(new UpdateExpression.DeleteAction(path, literal(stringSet())));
          } else {
            remove.add(path);
          }
          break;
        case "list":
          if (roll == 0) {
            set.add(
                new UpdateExpression.SetAction(
                    path,
                    new UpdateValue.ListAppend(
                        new UpdateValue.IfNotExists(path, literal(AttributeValue.l())),
                        literal(AttributeValue.l(smallNumber())))));
          } else if (roll == 1) {
            set.add(
                new UpdateExpression.SetAction(
                    path,
                    new UpdateValue.ListAppend(path, literal(AttributeValue.l(smallNumber())))));
          } else if (roll == 2) {
            set.add(
                new UpdateExpression.SetAction(
                    path.index(random.nextInt(3)), literal(smallNumber())));
          } else {
            remove.add(path.index(random.nextInt(2)));
          }
          break;
        case "m":
          if (roll < 2) {
            set.add(new UpdateExpression.SetAction(path.attribute("x"), literal(smallNumber())));
          } else if (roll == 2) {
            set.add(
                new UpdateExpression.SetAction(
                    path, literal(AttributeValue.m(Map.of("x", smallNumber())))));
          } else {
            remove.add(path.attribute("x"));
          }
          break;
        default:
          if (roll < 3) {
            set.add(new UpdateExpression.SetAction(path, literal(s(pick(GROUPS)))));
          } else {
            remove.add(path);
          }
          break;
      }
    }
    return new UpdateExpression(withoutCompetingErrors(set), remove, add, delete);
  }

  /**
   * Keeps SETs of a nested path (which fail when the parent is missing) out of an update that also
   * reads an attribute in a SET value (which fails when that attribute is missing): when both fail,
   * dynalite reports the missing operand and the in-memory engine the path, and no source settles
   * DynamoDB's order (reported, not compared).
   */
  private static List<UpdateExpression.SetAction> withoutCompetingErrors(
      List<UpdateExpression.SetAction> set) {
    boolean readsAttribute =
        set.stream()
            .anyMatch(
                action ->
                    action.value() instanceof UpdateValue.Plus
                        || action.value() instanceof UpdateValue.ListAppend append
                            && append.first() instanceof Path);
    return readsAttribute
        ? set.stream().filter(action -> action.path().isTopLevel()).toList()
        : set;
  }

  /** A top-level update, for the moto run: moto gets nested paths' return values wrong. */
  private UpdateExpression topLevelUpdate() {
    return maybe(2)
        ? new UpdateExpression(
            List.of(),
            List.of(),
            List.of(new UpdateExpression.AddAction(Path.of("a"), literal(smallNumber()))),
            List.of())
        : new UpdateExpression(
            List.of(new UpdateExpression.SetAction(Path.of("s"), literal(s(pick(STRINGS))))),
            List.of(),
            List.of(),
            List.of());
  }

  private Projection projection() {
    List<Path> paths =
        new ArrayList<>(
            List.of(
                Path.of("a"),
                Path.of("s"),
                Path.of("m").attribute("x"),
                Path.of("list").index(1),
                Path.of("tags")));
    java.util.Collections.shuffle(paths, random);
    return new Projection(paths.subList(0, 1 + random.nextInt(3)));
  }

  /** A projection that keeps the key, so paged reads can still resume. */
  private Projection projectionWithKeys() {
    List<Path> paths = new ArrayList<>(projection().paths());
    paths.add(Path.of("pk"));
    paths.add(Path.of("sk"));
    return new Projection(paths);
  }

  // ---------------------------------------------------------------- values and dice

  private AttributeValue smallNumber() {
    return maybe(6) ? n("" + (random.nextInt(9) - 4) + ".5") : n(random.nextInt(9) - 4);
  }

  private AttributeValue stringSet() {
    Set<String> members = new LinkedHashSet<>();
    int size = 1 + random.nextInt(2);
    while (members.size() < size) {
      members.add(pick(MEMBERS));
    }
    return AttributeValue.ss(members);
  }

  private ReturnValuesOnConditionCheckFailure onFailure() {
    return maybe(2)
        ? ReturnValuesOnConditionCheckFailure.ALL_OLD
        : ReturnValuesOnConditionCheckFailure.NONE;
  }

  private ReturnConsumedCapacity capacity() {
    return maybe(4) ? ReturnConsumedCapacity.TOTAL : ReturnConsumedCapacity.NONE;
  }

  private boolean maybe(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static Literal literal(AttributeValue value) {
    return new Literal(value);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.s(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.n(value);
  }

  private static AttributeValue n(String value) {
    return AttributeValue.n(value);
  }
}
