package io.keyspan.benchmarks.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The floor under any in-process client: an SDK HTTP client that reads the request body and answers
 * every call with fixed bytes (GetItem: {@link FirstGetItem}'s item; anything else: {@code {}}),
 * CRC32 header included so the SDK checks it as it does Keyspan's. No engine, no protocol: what is
 * left is the AWS SDK's own work.
 */
final class CannedHttpClient implements SdkHttpClient {
  private static final byte[] ITEM =
      "{\"Item\":{\"pk\":{\"S\":\"item-1\"},\"name\":{\"S\":\"first\"}}}"
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.UTF_8);

  /** A client configured as the test kit configures its own, over this HTTP client. */
  static DynamoDbClient dynamoDbClient() {
    return DynamoDbClient.builder()
        .httpClient(new CannedHttpClient())
        .endpointOverride(URI.create("http://dynamodb.canned.invalid"))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("canned", "canned")))
        .build();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        if (request.contentStreamProvider().isPresent()) {
          try (InputStream in = request.contentStreamProvider().get().newStream()) {
            in.readAllBytes();
          }
        }
        boolean getItem =
            request
                .httpRequest()
                .firstMatchingHeader("X-Amz-Target")
                .filter(target -> target.endsWith(".GetItem"))
                .isPresent();
        byte[] body = getItem ? ITEM : EMPTY;
        CRC32 crc = new CRC32();
        crc.update(body);
        return HttpExecuteResponse.builder()
            .response(
                SdkHttpResponse.builder()
                    .statusCode(200)
                    .putHeader("x-amzn-RequestId", "CANNED")
                    .putHeader("Content-Type", "application/x-amz-json-1.0")
                    .putHeader("x-amz-crc32", Long.toString(crc.getValue()))
                    .build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
            .build();
      }

      @Override
      public void abort() {
        // Answered synchronously in call().
      }
    };
  }

  @Override
  public String clientName() {
    return "Canned";
  }

  @Override
  public void close() {
    // Holds nothing.
  }
}
