package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.ListTablesResponse;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SigV4 verification against configured access keys, checked with botocore's own signer, and
 * wrong signatures answered as DynamoDB answers them (HTTP 400 with Coral's error types).
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
    server = KeyspanServer.builder(engine).port(0).credentials("AKIDKEYSPAN", "s3cr3t").start();
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
          .matches("400 InvalidSignatureException Signature expired: \\d{8}T\\d{6}Z is now earlier"
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
}
