package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.memory.MemoryEngine;
import io.keyspan.server.KeyspanServer;
import io.keyspan.server.WireProtocol;
import io.keyspan.server.WireRequest;
import io.keyspan.server.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Faults on the server: wrap the engine before serving it, and every client over the wire sees
 * them.
 */
class ServerFaultsTest {

  private static WireResponse getItem(WireProtocol protocol) {
    String body = "{\"TableName\":\"Users\",\"Key\":{\"UserID\":{\"S\":\"u1\"}}}";
    return protocol.handle(
        WireRequest.post(
            Map.of(
                "X-Amz-Target",
                List.of("DynamoDB_20120810.GetItem"),
                "Content-Type",
                List.of("application/x-amz-json-1.0")),
            body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void injectedFailures_areDynamoDbsWireErrors() {
    Faults faults = Faults.create();
    Engine engine = faults.wrap(MemoryEngine.create());
    try (Keyspan db = Keyspan.using(engine)) {
      new UserRepository(db).createTable();
      faults.on(Operation.GET_ITEM).times(1).throttling();
      faults.on(Operation.GET_ITEM).times(1).internalServerError();
      WireProtocol protocol = WireProtocol.of(engine);

      WireResponse throttled = getItem(protocol);
      WireResponse internal = getItem(protocol);
      WireResponse answered = getItem(protocol);

      assertThat(throttled.status()).isEqualTo(400);
      assertThat(new String(throttled.body(), StandardCharsets.UTF_8))
          .isEqualTo(
              "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\""
                  + FaultFailures.THROTTLING
                  + "\"}");
      assertThat(internal.status()).isEqualTo(500);
      assertThat(new String(internal.body(), StandardCharsets.UTF_8))
          .contains("#InternalServerError");
      assertThat(answered.status()).isEqualTo(200);
    }
  }

  @Test
  void aServerOverAFaultyEngine_makesTheSdkRetryOverLoopback() {
    Faults faults = Faults.create();
    Engine engine = faults.wrap(MemoryEngine.create());
    try (Keyspan db = Keyspan.using(engine);
        KeyspanServer server = KeyspanServer.start(engine, 0);
        DynamoDbClient dynamo =
            DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
      new UserRepository(db).createTable();
      faults.on(Operation.PUT_ITEM).times(1).throttle();

      dynamo.putItem(b -> b.tableName("Users").item(Map.of("UserID", AttributeValue.fromS("u1"))));

      assertThat(faults.calls(Operation.PUT_ITEM)).isEqualTo(2);
      assertThat(new UserRepository(db).get("u1")).isPresent();
    }
  }
}
