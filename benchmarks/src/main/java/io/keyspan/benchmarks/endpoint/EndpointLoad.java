package io.keyspan.benchmarks.endpoint;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One AWS SDK workload against a local DynamoDB endpoint: a table of 1,000 small items, then {@code
 * threads} clients doing PutItem and GetItem of random keys, half and half, for a warm-up and a
 * measured period. Prints {@code ops/s <n>}. The same program measures the Keyspan server, dynalite
 * and moto, so their ratio is the SDK-visible throughput ratio.
 *
 * <p>Usage: {@code EndpointLoad <endpoint> <warm-up seconds> <measured seconds> <threads>}
 */
public final class EndpointLoad {
  private static final int ITEMS = 1_000;

  private EndpointLoad() {}

  public static void main(String[] args) throws InterruptedException {
    URI endpoint = URI.create(args[0]);
    int warmUp = Integer.parseInt(args[1]);
    int measured = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    try (DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build()) {
      String table = "Load" + System.nanoTime();
      client.createTable(
          b ->
              b.tableName(table)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      AttributeDefinition.builder()
                          .attributeName("pk")
                          .attributeType(ScalarAttributeType.S)
                          .build())
                  .keySchema(
                      KeySchemaElement.builder()
                          .attributeName("pk")
                          .keyType(KeyType.HASH)
                          .build()));
      client.waiter().waitUntilTableExists(b -> b.tableName(table));
      for (int i = 0; i < ITEMS; i++) {
        client.putItem(put(table, i));
      }
      LongAdder operations = new LongAdder();
      AtomicBoolean counting = new AtomicBoolean();
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker =
            new Thread(
                () -> {
                  while (running.get()) {
                    int index = ThreadLocalRandom.current().nextInt(ITEMS);
                    if (ThreadLocalRandom.current().nextBoolean()) {
                      client.putItem(put(table, index));
                    } else {
                      client.getItem(
                          b ->
                              b.tableName(table)
                                  .key(Map.of("pk", AttributeValue.fromS("item-" + index))));
                    }
                    if (counting.get()) {
                      operations.increment();
                    }
                  }
                });
        worker.start();
        workers.add(worker);
      }
      Thread.sleep(warmUp * 1000L);
      counting.set(true);
      long start = System.nanoTime();
      Thread.sleep(measured * 1000L);
      counting.set(false);
      long elapsed = System.nanoTime() - start;
      running.set(false);
      for (Thread worker : workers) {
        worker.join();
      }
      client.deleteTable(b -> b.tableName(table));
      System.out.printf(java.util.Locale.ROOT, "ops/s %.1f%n", operations.sum() * 1e9 / elapsed);
    }
  }

  private static software.amazon.awssdk.services.dynamodb.model.PutItemRequest put(
      String table, int index) {
    return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder()
        .tableName(table)
        .item(
            Map.of(
                "pk", AttributeValue.fromS("item-" + index),
                "name", AttributeValue.fromS("order number " + index),
                "total", AttributeValue.fromN(Integer.toString(index * 7 % 1000))))
        .build();
  }
}
