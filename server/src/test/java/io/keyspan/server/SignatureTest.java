package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.engine.ListTablesResponse;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * SigV4 verification against configured access keys, checked with botocore's own signer, and wrong
 * signatures answered as DynamoDB answers them (HTTP 400 with Coral's error types).
 */
class SignatureTest {
  private static final String CALL =
      String.join(
          "\n",
          "import sys, boto3",
          "from botocore.exceptions import ClientError",
          "client = boto3.client('dynamodb', endpoint_url=sys.argv[1], region_name='us-west-2',",
          "    aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])",
          "try:",
          "    print('OK', client.list_tables()['TableNames'])",
          "except ClientError as e:",
          "    print(e.response['ResponseMetadata']['HTTPStatusCode'], e.response['Error']['Code'],"
              + " e.response['Error']['Message'])");

  private final FakeEngine engine =
      new FakeEngine().answering(request -> new ListTablesResponse(List.of("Orders"), null));
  private KeyspanServer server;

  @BeforeEach
  void start() {
    server =
        KeyspanServer.builder(engine)
            .port(0)
            .credentials("AKIDKEYSPAN", "s3cr3t")
            .region("us-west-2")
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String listTablesAs(String accessKey, String secret) throws Exception {
    return listTablesAs(server, accessKey, secret);
  }

  private static String listTablesAs(KeyspanServer server, String accessKey, String secret)
      throws Exception {
    Python.requireBoto3();
    Python.Output output = Python.run("-c", CALL, server.endpoint().toString(), accessKey, secret);
    assertThat(output.stderr()).isEmpty();
    return output.stdout().trim();
  }

  @Test
  @Tag("emulators") // boto3
  void rightKeyAndSecret_isServed() throws Exception {
    assertThat(listTablesAs("AKIDKEYSPAN", "s3cr3t")).isEqualTo("OK ['Orders']");
  }

  @Test
  @Tag("emulators") // boto3
  void wrongSecret_isInvalidSignature() throws Exception {
    assertThat(listTablesAs("AKIDKEYSPAN", "guess"))
        .isEqualTo(
            "400 InvalidSignatureException The request signature we calculated does not match the"
                + " signature you provided. Check your AWS Secret Access Key and signing method."
                + " Consult the service documentation for details.");
  }

  @Test
  @Tag("emulators") // boto3
  void unknownAccessKey_isUnrecognizedClient() throws Exception {
    assertThat(listTablesAs("AKIDSTRANGER", "s3cr3t"))
        .isEqualTo(
            "400 UnrecognizedClientException The security token included in the request is invalid.");
  }

  @Test
  @Tag("emulators") // boto3
  void signatureOlderThanFifteenMinutes_isExpired() throws Exception {
    // The server's clock runs an hour ahead of the client's.
    try (KeyspanServer later =
        KeyspanServer.builder(engine)
            .port(0)
            .credentials("AKIDKEYSPAN", "s3cr3t")
            .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)))
            .start()) {
      assertThat(listTablesAs(later, "AKIDKEYSPAN", "s3cr3t"))
          .matches(
              "400 InvalidSignatureException Signature expired: \\d{8}T\\d{6}Z is now earlier"
                  + " than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 15 min\\.\\)");
    }
  }

  @Test
  void unsignedRequest_isMissingAuthenticationToken() {
    HttpResponse<String> response = new WireClient(server.endpoint()).call("ListTables", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.service#MissingAuthenticationTokenException\","
                + "\"message\":\"Request is missing Authentication Token\"}");
    assertThat(engine.lastRequest()).isNull();
  }

  @Test
  void unsignedRequest_isRejectedBeforeItsBodyIsParsed() {
    // Not JSON: had the body been parsed first, the answer would be a SerializationException.
    HttpResponse<String> response =
        new WireClient(server.endpoint()).call("ListTables", "{not json");

    assertThat(response.body())
        .contains("com.amazon.coral.service#MissingAuthenticationTokenException");
  }

  @Test
  void signatureScopedToAnotherRegion_isRefused() throws Exception {
    try (KeyspanServer frankfurt =
        KeyspanServer.builder(engine)
            .port(0)
            .credentials("AKIDKEYSPAN", "s3cr3t")
            .region("eu-central-1")
            .start()) {
      assertThat(listTablesAs(frankfurt, "AKIDKEYSPAN", "s3cr3t"))
          .isEqualTo(
              "400 InvalidSignatureException Credential should be scoped to a valid region, not"
                  + " 'us-west-2'.");
    }
  }

  @Test
  void botoSignedRequestReplayedWithAnotherBody_isRefused() throws Exception {
    Map<String, String> headers = botoSigned("DynamoDB_20120810.ListTables", "{}");
    try (RawConnection original = new RawConnection(server.endpoint());
        RawConnection replay = new RawConnection(server.endpoint())) {
      original.sendRequest(headers, "{}".getBytes(StandardCharsets.UTF_8));
      assertThat(original.readAnswer().status()).isEqualTo(200);

      replay.sendRequest(headers, "{\"Limit\":1}".getBytes(StandardCharsets.UTF_8));
      RawConnection.Answer answer = replay.readAnswer();

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.body())
          .contains(
              "The request signature we calculated does not match the signature you provided.");
    }
  }

  @Test
  void targetAddedAfterSigning_isRefused() throws Exception {
    Map<String, String> headers = botoSigned("-", "{}");
    headers.put("X-Amz-Target", "DynamoDB_20120810.ListTables");
    try (RawConnection connection = new RawConnection(server.endpoint())) {
      connection.sendRequest(headers, "{}".getBytes(StandardCharsets.UTF_8));

      assertThat(connection.readAnswer().body())
          .isEqualTo(
              "{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\",\"message\":"
                  + "\"'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.\"}");
    }
    assertThat(engine.lastRequest()).isNull();
  }

  @Test
  void contentHashAddedAfterSigning_isRefused() throws Exception {
    Map<String, String> headers = botoSigned("DynamoDB_20120810.ListTables", "{}");
    headers.put(
        "X-Amz-Content-Sha256", "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    try (RawConnection connection = new RawConnection(server.endpoint())) {
      connection.sendRequest(headers, "{}".getBytes(StandardCharsets.UTF_8));

      assertThat(connection.readAnswer().body())
          .contains("'X-Amz-Content-Sha256' must be a 'SignedHeader' in the AWS Authorization.");
    }
  }

  @Test
  void sdkForJavaClient_isServed_andRefusedOutsideTheRegion() {
    try (DynamoDbClient client = javaClient(Region.US_WEST_2);
        DynamoDbClient elsewhere = javaClient(Region.EU_WEST_1)) {
      assertThat(client.listTables().tableNames()).containsExactly("Orders");
      DynamoDbException refused = assertThrows(DynamoDbException.class, elsewhere::listTables);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
      assertThat(refused.awsErrorDetails().errorMessage())
          .isEqualTo("Credential should be scoped to a valid region, not 'eu-west-1'.");
    }
  }

  private DynamoDbClient javaClient(Region region) {
    return DynamoDbClient.builder()
        .endpointOverride(server.endpoint())
        .region(region)
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(
            configuration -> configuration.retryStrategy(strategy -> strategy.maxAttempts(1)))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDKEYSPAN", "s3cr3t")))
        .build();
  }

  /** The headers botocore's signer produces for this target ("-" for none) and body. */
  private Map<String, String> botoSigned(String target, String body) throws Exception {
    Python.requireBoto3();
    Path script = Path.of(SignatureTest.class.getResource("sign_request.py").toURI());
    Python.Output output =
        Python.run(
            script.toString(),
            server.endpoint().toString(),
            "AKIDKEYSPAN",
            "s3cr3t",
            "us-west-2",
            target,
            body);
    assertThat(output.stderr()).isEmpty();
    Map<String, String> headers = new LinkedHashMap<>();
    // botocore signs the Host its HTTP layer will send, without adding it to the headers.
    headers.put("Host", server.endpoint().getAuthority());
    new ObjectMapper()
        .readTree(output.stdout())
        .fields()
        .forEachRemaining(field -> headers.put(field.getKey(), field.getValue().asText()));
    return headers;
  }
}
