package io.keyspan.server;

import io.keyspan.memory.MemoryEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * For each test, a server on a fresh in-memory engine and an AWS SDK v2 client of it, both closed
 * after the test. Registered with {@code @RegisterExtension}; it starts before the test class's own
 * {@code @BeforeEach} methods run, so they may create tables with {@link #client()}.
 */
final class LocalServer implements BeforeEachCallback, AfterEachCallback {
  private KeyspanServer server;
  private DynamoDbClient client;

  @Override
  public void beforeEach(ExtensionContext context) {
    server = KeyspanServer.start(MemoryEngine.create(), 0);
    client = SdkClients.of(server);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    client.close();
    server.close();
  }

  /** Creates an on-demand table keyed by string attributes: a partition key, then a sort key. */
  void createTable(String name, String partitionKey, String... sortKey) {
    List<AttributeDefinition> definitions = new ArrayList<>();
    List<KeySchemaElement> keys = new ArrayList<>();
    definitions.add(stringAttribute(partitionKey));
    keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
    for (String sort : sortKey) {
      definitions.add(stringAttribute(sort));
      keys.add(KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
    }
    client.createTable(
        create ->
            create
                .tableName(name)
                .attributeDefinitions(definitions)
                .keySchema(keys)
                .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  private static AttributeDefinition stringAttribute(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  KeyspanServer server() {
    return server;
  }

  DynamoDbClient client() {
    return client;
  }
}
