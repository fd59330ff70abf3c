package io.keyspan.test;

import io.keyspan.Keyspan;
import io.keyspan.server.WireProtocol;
import java.net.URI;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * AWS SDK clients for DynamoDB served by a Keyspan handle's engine in the same JVM: no port, no
 * socket, no server thread.
 *
 * <pre>{@code
 * Keyspan db = Keyspan.inMemory();
 * DynamoDbClient dynamo = KeyspanLocal.dynamoDbClient(db);
 * dynamo.createTable(...);                   // exactly what Keyspan's server would answer
 * }</pre>
 *
 * <p>The clients carry the SDK's whole stack: only the HTTP client is replaced, by one that hands
 * each request to the server's protocol ({@link WireProtocol}) and returns its bytes. So the SDK's
 * marshalling, signing, error mapping, retries, CRC32 checks, waiters and paginators run as they do
 * against DynamoDB. Static credentials and a fixed region ({@code us-east-1}) mean no credential or
 * region lookup happens. The clients name physical tables: a table name prefix of the handle does
 * not apply to them.
 */
public final class KeyspanLocal {
  /**
   * An address no request ever reaches: the SDK needs an endpoint to sign for, the in-process HTTP
   * client never connects to it ({@code .invalid} is reserved, RFC 2606).
   */
  static final URI ENDPOINT = URI.create("http://dynamodb.keyspan.invalid");

  static final Region REGION = Region.US_EAST_1;

  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("keyspan", "keyspan"));

  private KeyspanLocal() {}

  /** A synchronous client over the engine of {@code keyspan}. Closing it leaves the engine open. */
  public static DynamoDbClient dynamoDbClient(Keyspan keyspan) {
    return dynamoDbClientBuilder(keyspan).build();
  }

  /**
   * A builder of such clients, to change SDK settings before building (a retry strategy, an
   * override configuration); keep its HTTP client, endpoint, region and credentials.
   */
  public static DynamoDbClientBuilder dynamoDbClientBuilder(Keyspan keyspan) {
    return DynamoDbClient.builder()
        .httpClient(new InProcessHttpClient(exchange(keyspan)))
        .endpointOverride(ENDPOINT)
        .region(REGION)
        .credentialsProvider(CREDENTIALS);
  }

  /**
   * An asynchronous client over the engine of {@code keyspan}. A request's first attempt is
   * answered in the calling thread, and its future completed there too (no completion thread pool),
   * so the returned future is done when the call returns unless the SDK retries: a retry runs after
   * its backoff on the SDK's scheduler thread.
   */
  public static DynamoDbAsyncClient dynamoDbAsyncClient(Keyspan keyspan) {
    return dynamoDbAsyncClientBuilder(keyspan).build();
  }

  /** A builder of asynchronous clients; see {@link #dynamoDbClientBuilder(Keyspan)}. */
  public static DynamoDbAsyncClientBuilder dynamoDbAsyncClientBuilder(Keyspan keyspan) {
    return DynamoDbAsyncClient.builder()
        .httpClient(new InProcessAsyncHttpClient(exchange(keyspan)))
        .asyncConfiguration(
            async ->
                async.advancedOption(
                    SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR, Runnable::run))
        .endpointOverride(ENDPOINT)
        .region(REGION)
        .credentialsProvider(CREDENTIALS);
  }

  /**
   * A DynamoDB Streams client over the engine of {@code keyspan}: the change records of its tables'
   * streams, read as the SDK reads them from DynamoDB Streams. Closing it leaves the engine open.
   */
  public static DynamoDbStreamsClient dynamoDbStreamsClient(Keyspan keyspan) {
    return dynamoDbStreamsClientBuilder(keyspan).build();
  }

  /** A builder of Streams clients; see {@link #dynamoDbClientBuilder(Keyspan)}. */
  public static DynamoDbStreamsClientBuilder dynamoDbStreamsClientBuilder(Keyspan keyspan) {
    return DynamoDbStreamsClient.builder()
        .httpClient(new InProcessHttpClient(exchange(keyspan)))
        .endpointOverride(ENDPOINT)
        .region(REGION)
        .credentialsProvider(CREDENTIALS);
  }

  private static WireExchange exchange(Keyspan keyspan) {
    return new WireExchange(WireProtocol.of(Objects.requireNonNull(keyspan, "keyspan").engine()));
  }
}
