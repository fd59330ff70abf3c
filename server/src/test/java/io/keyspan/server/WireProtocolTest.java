package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.engine.Engine;
import io.keyspan.memory.MemoryEngine;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The protocol without a transport answers exactly as the HTTP server does. */
class WireProtocolTest {
  private static final String CREATE =
      "{\"TableName\":\"Things\",\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
          + "\"BillingMode\":\"PAY_PER_REQUEST\"}";
  private static final String PUT =
      "{\"TableName\":\"Things\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}}";
  private static final String GET = "{\"TableName\":\"Things\",\"Key\":{\"id\":{\"S\":\"a\"}}}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Engine engine = MemoryEngine.create();
  private final WireProtocol protocol = WireProtocol.of(engine);

  @AfterEach
  void close() {
    engine.close();
  }

  private WireResponse call(String operation, String body) {
    return protocol.handle(
        WireRequest.post(
            Map.of(
                "content-type", List.of("application/x-amz-json-1.0"),
                "x-amz-target", List.of("DynamoDB_20120810." + operation)),
            body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(WireResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void operations_answerWithoutATransport() throws IOException {
    assertThat(call("CreateTable", CREATE).status()).isEqualTo(200);
    assertThat(call("PutItem", PUT).status()).isEqualTo(200);

    WireResponse get = call("GetItem", GET);

    assertThat(get.status()).isEqualTo(200);
    // Compared as JSON trees: attribute order is the server's own concern, tested on its own.
    assertThat(JSON.readTree(get.body()))
        .isEqualTo(JSON.readTree("{\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}}}"));
    assertThat(get.headers().get("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    CRC32 crc = new CRC32();
    crc.update(get.body());
    assertThat(get.headers().get("x-amz-crc32")).isEqualTo(Long.toString(crc.getValue()));
    assertThat(get.headers().get("x-amzn-RequestId")).hasLength(52);
  }

  @Test
  void answers_areTheBytesTheHttpServerSends() {
    call("CreateTable", CREATE);
    call("PutItem", PUT);
    try (KeyspanServer server = KeyspanServer.start(engine, 0)) {
      HttpResponse<String> overHttp = new WireClient(server.endpoint()).call("GetItem", GET);
      WireResponse inProcess = call("GetItem", GET);

      assertThat(text(inProcess)).isEqualTo(overHttp.body());
      assertThat(inProcess.status()).isEqualTo(overHttp.statusCode());
      assertThat(inProcess.headers().get("x-amz-crc32"))
          .isEqualTo(overHttp.headers().firstValue("x-amz-crc32").orElseThrow());
    }
  }

  @Test
  void errors_areDynamoDbErrorBodies() {
    WireResponse missing = call("GetItem", GET);

    assertThat(missing.status()).isEqualTo(400);
    assertThat(text(missing)).contains("ResourceNotFoundException");
  }

  @Test
  void headerNames_areCaseInsensitive() {
    WireRequest request =
        WireRequest.post(
            Map.of(
                "CONTENT-TYPE", List.of("application/x-amz-json-1.0"),
                "X-AMZ-TARGET", List.of("DynamoDB_20120810.ListTables")),
            "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(request.header("x-amz-target")).hasValue("DynamoDB_20120810.ListTables");
    assertThat(protocol.handle(request).status()).isEqualTo(200);
  }

  @Test
  void get_isTheHealthCheck() {
    WireResponse health = protocol.handle(new WireRequest("GET", "/", "", Map.of(), new byte[0]));

    assertThat(health.status()).isEqualTo(200);
    assertThat(text(health)).isEqualTo("healthy: keyspan");
  }

  @Test
  void oversizedBody_isABare413() {
    byte[] body = new byte[(int) KeyspanServer.DEFAULT_MAX_REQUEST_BYTES + 1];

    WireResponse response = protocol.handle(WireRequest.post(Map.of(), body));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.body()).isEmpty();
  }
}
