package io.keyspan.benchmarks.engine;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.value.AttributeValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items every engine contender holds: partitions of ten items each, keyed by a string partition
 * key and a numeric sort key, with two more attributes (about 60 bytes an item).
 */
final class Items {
  static final String TABLE = "Bench";
  static final int PER_PARTITION = 10;

  private Items() {}

  static CreateTableRequest createTable() {
    return new CreateTableRequest(
        TABLE,
        List.of(
            new AttributeDefinition("pk", ScalarAttributeType.S),
            new AttributeDefinition("sk", ScalarAttributeType.N)),
        List.of(KeySchemaElement.hash("pk"), KeySchemaElement.range("sk")),
        null,
        null,
        BillingMode.PAY_PER_REQUEST,
        null,
        null,
        null);
  }

  static String partition(int index) {
    return "customer-" + (index / PER_PARTITION);
  }

  static Map<String, AttributeValue> key(int index) {
    return Map.of(
        "pk", AttributeValue.s(partition(index)), "sk", AttributeValue.n(index % PER_PARTITION));
  }

  static Map<String, AttributeValue> item(int index) {
    Map<String, AttributeValue> item = new HashMap<>(key(index));
    item.put("name", AttributeValue.s("order number " + index));
    item.put("total", AttributeValue.n(index * 7L % 1000));
    return item;
  }

  /**
   * The bare map's key: the partition, a separator that sorts first, and the sort key (one digit,
   * as a partition holds ten items), so one partition is one contiguous range.
   */
  static String mapKey(int index) {
    return partition(index) + '\u0000' + (index % PER_PARTITION);
  }
}
