package io.keyspan.memory;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.ExpressionParser;
import io.keyspan.value.AttributeValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared helpers: an engine on a movable clock, tables, items and parsed expressions. */
final class Fixtures {
  private Fixtures() {}

  /** A clock tests move forward by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advanceSeconds(long seconds) {
      now = now.plusSeconds(seconds);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  static MemoryEngine engine(Clock clock) {
    return MemoryEngine.create(new EngineContext(clock));
  }

  static MemoryEngine engine() {
    return engine(new MovableClock(START));
  }

  static AttributeDefinition s(String name) {
    return new AttributeDefinition(name, ScalarAttributeType.S);
  }

  static AttributeDefinition n(String name) {
    return new AttributeDefinition(name, ScalarAttributeType.N);
  }

  static AttributeDefinition b(String name) {
    return new AttributeDefinition(name, ScalarAttributeType.B);
  }

  /** An on-demand table. */
  static CreateTableRequest table(
      String name, List<AttributeDefinition> definitions, List<KeySchemaElement> keys) {
    return new CreateTableRequest(
        name, definitions, keys, null, null, BillingMode.PAY_PER_REQUEST, null, null, null);
  }

  static CreateTableRequest table(
      String name,
      List<AttributeDefinition> definitions,
      List<KeySchemaElement> keys,
      List<GlobalSecondaryIndex> globals,
      List<LocalSecondaryIndex> locals) {
    return new CreateTableRequest(
        name, definitions, keys, globals, locals, BillingMode.PAY_PER_REQUEST, null, null, null);
  }

  /** Table "Sorted": partition key p (S), sort key s (N). */
  static MemoryEngine withSortedTable(MemoryEngine engine) {
    engine.createTable(
        table(
            "Sorted",
            List.of(s("p"), n("s")),
            List.of(KeySchemaElement.hash("p"), KeySchemaElement.range("s"))));
    return engine;
  }

  /**
   * Table "Docs": partition key p (S), GSI ByTag (tag S) projecting KEYS_ONLY, so its entries are
   * small.
   */
  static MemoryEngine withDocsTable(MemoryEngine engine) {
    engine.createTable(
        table(
            "Docs",
            List.of(s("p"), s("tag")),
            List.of(KeySchemaElement.hash("p")),
            List.of(byTag()),
            null));
    return engine;
  }

  /** GSI ByTag: partition key tag (S), projecting KEYS_ONLY, so its entries are small. */
  static GlobalSecondaryIndex byTag() {
    return new GlobalSecondaryIndex(
        "ByTag", List.of(KeySchemaElement.hash("tag")), IndexProjection.KEYS_ONLY, null);
  }

  /** Table "Hashed": partition key p (S) only. */
  static MemoryEngine withHashTable(MemoryEngine engine) {
    engine.createTable(table("Hashed", List.of(s("p")), List.of(KeySchemaElement.hash("p"))));
    return engine;
  }

  /** An item from name/value pairs; Strings become S, Integers and Longs N. */
  static Map<String, AttributeValue> item(Object... namesAndValues) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      item.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return item;
  }

  /**
   * {@code item} with a string attribute "pad" that brings it to exactly {@code bytes} bytes by
   * DynamoDB's size rule (Developer Guide, "Item sizes and formats":
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html).
   */
  static Map<String, AttributeValue> padded(Map<String, AttributeValue> item, long bytes) {
    Map<String, AttributeValue> result = new LinkedHashMap<>(item);
    long used = io.keyspan.value.ItemSize.of(item) + "pad".length();
    result.put("pad", AttributeValue.s("x".repeat(Math.toIntExact(bytes - used))));
    return result;
  }

  static AttributeValue value(Object value) {
    if (value instanceof AttributeValue attribute) {
      return attribute;
    }
    if (value instanceof String text) {
      return AttributeValue.s(text);
    }
    return AttributeValue.n(((Number) value).longValue());
  }

  /** Values for placeholders :v0, :v1, ... in order. */
  private static ExpressionParser parser(Object... values) {
    Map<String, AttributeValue> bound = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      bound.put(":v" + i, value(values[i]));
    }
    return ExpressionParser.forRequest(Map.of(), bound);
  }

  static Condition condition(String text, Object... values) {
    return parser(values).condition(ExpressionKind.CONDITION, text);
  }

  static Condition filter(String text, Object... values) {
    return parser(values).condition(ExpressionKind.FILTER, text);
  }

  static KeyCondition key(String text, Object... values) {
    return parser(values).keyCondition(text);
  }

  static UpdateExpression update(String text, Object... values) {
    return parser(values).update(text);
  }

  static Projection projection(String text) {
    return ExpressionParser.forRequest(Map.of(), Map.of()).projection(text);
  }

  static void put(MemoryEngine engine, String table, Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder(table, item).build());
  }

  static Map<String, AttributeValue> get(
      MemoryEngine engine, String table, Map<String, AttributeValue> key) {
    return engine.getItem(GetItemRequest.builder(table, key).consistentRead(true).build()).item();
  }

  /** Every item of a table, page by page. */
  static List<Map<String, AttributeValue>> scanAll(MemoryEngine engine, String table) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      PageResponse page = engine.scan(ScanRequest.builder(table).exclusiveStartKey(start).build());
      items.addAll(page.items());
      start = page.lastEvaluatedKey();
    } while (start != null);
    return items;
  }
}
