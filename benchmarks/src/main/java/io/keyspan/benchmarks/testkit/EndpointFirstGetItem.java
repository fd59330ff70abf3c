package io.keyspan.benchmarks.testkit;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The first GetItem through the SDK's default HTTP client against an endpoint on loopback whose
 * process starts at the same moment as this one ({@code benchmarks/testkit.sh} times both): the
 * table is created as soon as the endpoint accepts connections.
 *
 * <p>Usage: {@code EndpointFirstGetItem <endpoint>}
 */
public final class EndpointFirstGetItem {
  private static final long GIVE_UP_NANOS = 120_000_000_000L;

  private EndpointFirstGetItem() {}

  public static void main(String[] args) throws InterruptedException {
    try (DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(URI.create(args[0]))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build()) {
      long start = System.nanoTime();
      while (true) {
        try {
          FirstGetItem.createTable(client);
          break;
        } catch (SdkClientException notListeningYet) {
          if (System.nanoTime() - start > GIVE_UP_NANOS) {
            throw notListeningYet;
          }
          Thread.sleep(5); // the endpoint's process is still starting: poll its port
        }
      }
      FirstGetItem.putAndGet(client);
    }
  }
}
