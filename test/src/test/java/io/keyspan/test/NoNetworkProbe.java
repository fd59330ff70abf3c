package io.keyspan.test;

import io.keyspan.Keyspan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Runs in its own JVM, started by {@link NoSocketTest} with {@link RefusingSelectorProvider}: it
 * also refuses every {@code java.net} socket (client, server, datagram), then drives the in-process
 * SDK clients through every kind of call. Exit code 0 when nothing tried to open a socket; 3,
 * listing the attempts, when something did. With the argument {@code control} it opens sockets
 * itself instead, to show the guard sees them.
 */
public final class NoNetworkProbe {
  static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

  private NoNetworkProbe() {}

  public static void main(String[] args) throws IOException {
    refuseJavaNetSockets();
    if (args.length > 0 && args[0].equals("control")) {
      openSockets();
    } else {
      useTheInProcessClients();
    }
    if (!ATTEMPTS.isEmpty()) {
      System.out.println("socket attempts: " + ATTEMPTS);
      System.exit(3);
    }
    System.out.println("no socket attempts");
  }

  @SuppressWarnings(
      "deprecation") // DatagramSocket's factory setter is deprecated, yet still the only hook
  private static void refuseJavaNetSockets() throws IOException {
    Socket.setSocketImplFactory(
        () -> {
          throw refused("Socket");
        });
    ServerSocket.setSocketFactory(
        () -> {
          throw refused("ServerSocket");
        });
    DatagramSocket.setDatagramSocketImplFactory(
        () -> {
          throw refused("DatagramSocket");
        });
  }

  private static UncheckedIOException refused(String what) {
    ATTEMPTS.add(what);
    return new UncheckedIOException(new IOException("No network in this JVM: " + what));
  }

  private static void openSockets() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 9));
    } catch (IOException | UncheckedIOException expected) {
      // recorded by the factory
    }
    try (SocketChannel channel = SocketChannel.open()) {
      channel.connect(new InetSocketAddress("127.0.0.1", 9));
    } catch (IOException expected) {
      // recorded by the provider
    }
  }

  private static void useTheInProcessClients() {
    try (Keyspan db = Keyspan.inMemory();
        DynamoDbClient dynamo = KeyspanLocal.dynamoDbClient(db);
        DynamoDbAsyncClient async = KeyspanLocal.dynamoDbAsyncClient(db)) {
      dynamo.createTable(
          b ->
              b.tableName("Things")
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
      dynamo.waiter().waitUntilTableExists(b -> b.tableName("Things"));
      IntStream.range(0, 5)
          .forEach(i -> dynamo.putItem(b -> b.tableName("Things").item(item("k" + i))));
      dynamo.getItem(b -> b.tableName("Things").key(item("k1")));
      dynamo.scanPaginator(b -> b.tableName("Things").limit(2)).items().forEach(item -> {});
      dynamo.batchWriteItem(
          b ->
              b.requestItems(
                  Map.of(
                      "Things",
                      List.of(
                          WriteRequest.builder()
                              .putRequest(PutRequest.builder().item(item("b1")).build())
                              .build()))));
      dynamo.transactWriteItems(
          b ->
              b.transactItems(
                  TransactWriteItem.builder()
                      .put(Put.builder().tableName("Things").item(item("t1")).build())
                      .build()));
      async.putItem(b -> b.tableName("Things").item(item("a1"))).join();
      async.getItem(b -> b.tableName("Things").key(item("a1"))).join();
      async.describeTable(b -> b.tableName("Things")).join();
    }
  }

  private static Map<String, AttributeValue> item(String key) {
    return Map.of("pk", AttributeValue.fromS(key));
  }
}
