package io.keyspan.benchmarks.testkit;

import io.keyspan.Keyspan;
import io.keyspan.test.KeyspanLocal;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The first GetItem through the test kit's in-process SDK client, on a fresh in-memory engine. */
public final class InProcessFirstGetItem {
  private InProcessFirstGetItem() {}

  public static void main(String[] args) {
    try (Keyspan db = Keyspan.inMemory();
        DynamoDbClient client = KeyspanLocal.dynamoDbClient(db)) {
      FirstGetItem.createTable(client);
      FirstGetItem.putAndGet(client);
    }
  }
}
