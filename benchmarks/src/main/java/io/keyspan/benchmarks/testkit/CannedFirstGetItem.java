package io.keyspan.benchmarks.testkit;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@link InProcessFirstGetItem}'s work against {@link CannedHttpClient}: the AWS SDK's own cost of
 * a first answered GetItem in a fresh JVM, the floor no in-process client can go below.
 */
public final class CannedFirstGetItem {
  private CannedFirstGetItem() {}

  public static void main(String[] args) {
    try (DynamoDbClient client = CannedHttpClient.dynamoDbClient()) {
      FirstGetItem.createTable(client);
      FirstGetItem.putAndGet(client);
    }
  }
}
