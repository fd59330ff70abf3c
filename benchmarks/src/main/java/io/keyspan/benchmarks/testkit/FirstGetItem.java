package io.keyspan.benchmarks.testkit;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What every cold-start contender does through its SDK client: create a table, put one item, get it
 * back; the same work as the bare {@code KeyspanFirstPutGet}, through the AWS SDK.
 */
final class FirstGetItem {
  static final String TABLE = "FirstGet";
  static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.fromS("item-1"));

  private FirstGetItem() {}

  static void createTable(DynamoDbClient client) {
    client.createTable(
        b ->
            b.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
  }

  /** Puts the item and prints what GetItem answers, so the work cannot be skipped. */
  static void putAndGet(DynamoDbClient client) {
    client.putItem(
        b ->
            b.tableName(TABLE)
                .item(Map.of("pk", KEY.get("pk"), "name", AttributeValue.fromS("first"))));
    System.out.println(client.getItem(b -> b.tableName(TABLE).key(KEY)).item().get("name").s());
  }
}
