package io.keyspan.benchmarks.testkit;

import io.keyspan.Keyspan;
import io.keyspan.server.KeyspanServer;
import io.keyspan.test.KeyspanLocal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * One GetItem of a stored item through the AWS SDK, warm: by the test kit's in-process client, and
 * by the SDK's default HTTP client to Keyspan's server on loopback, both over the same engine and
 * item. The difference is the HTTP transport (sockets, the server's threads), nothing else. A third
 * client answers from fixed bytes ({@link CannedHttpClient}): the SDK's own share of both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetItemBenchmark {
  private Keyspan db;
  private KeyspanServer server;
  private DynamoDbClient inProcess;
  private DynamoDbClient loopback;
  private DynamoDbClient canned;

  @Setup
  public void setUp() {
    db = Keyspan.inMemory();
    inProcess = KeyspanLocal.dynamoDbClient(db);
    server = KeyspanServer.start(db.engine(), 0);
    loopback =
        DynamoDbClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build();
    canned = CannedHttpClient.dynamoDbClient();
    FirstGetItem.createTable(inProcess);
    inProcess.putItem(
        b ->
            b.tableName(FirstGetItem.TABLE)
                .item(
                    Map.of(
                        "pk", FirstGetItem.KEY.get("pk"), "name", AttributeValue.fromS("warm"))));
  }

  @TearDown
  public void tearDown() {
    canned.close();
    loopback.close();
    server.close();
    inProcess.close();
    db.close();
  }

  @Benchmark
  public GetItemResponse inProcess() {
    return inProcess.getItem(b -> b.tableName(FirstGetItem.TABLE).key(FirstGetItem.KEY));
  }

  @Benchmark
  public GetItemResponse loopback() {
    return loopback.getItem(b -> b.tableName(FirstGetItem.TABLE).key(FirstGetItem.KEY));
  }

  /** The SDK alone, answered with fixed bytes: the floor of {@link #inProcess}. */
  @Benchmark
  public GetItemResponse canned() {
    return canned.getItem(b -> b.tableName(FirstGetItem.TABLE).key(FirstGetItem.KEY));
  }
}
