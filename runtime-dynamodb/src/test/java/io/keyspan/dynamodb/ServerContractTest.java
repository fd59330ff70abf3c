package io.keyspan.dynamodb;

import io.keyspan.Keyspan;
import io.keyspan.contract.BatchContract;
import io.keyspan.contract.ItemContract;
import io.keyspan.contract.PartiqlTransactionContract;
import io.keyspan.contract.QueryScanContract;
import io.keyspan.contract.TableContract;
import io.keyspan.contract.TagContract;
import io.keyspan.contract.TransactionContract;
import io.keyspan.engine.Engine;
import io.keyspan.server.KeyspanServer;
import java.net.URI;
import org.junit.jupiter.api.Nested;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole contract suite over the wire both ways (DESIGN.md 1: the two modules are mirror
 * images): this engine turns SPI calls into DynamoDB's JSON protocol, Keyspan's server turns them
 * back into calls of the in-memory engine. Every answer must survive the round trip unchanged.
 */
class ServerContractTest {
  private static Engine engine;

  private static synchronized Engine engine() {
    if (engine == null) {
      KeyspanServer server = KeyspanServer.start(Keyspan.inMemory().engine(), 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-keyspan-server"));
      URI endpoint = server.endpoint();
      engine =
          DynamoDbEngine.using(
              DynamoDbClient.builder()
                  .endpointOverride(endpoint)
                  .region(Region.US_EAST_1)
                  .credentialsProvider(
                      StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                  .httpClientBuilder(UrlConnectionHttpClient.builder())
                  .build());
    }
    return engine;
  }

  @Nested
  class Tables extends TableContract {
    @Override
    protected Engine engine() {
      return ServerContractTest.engine();
    }
  }

  @Nested
  class Items extends ItemContract {
    @Override
    protected Engine engine() {
      return ServerContractTest.engine();
    }
  }

  @Nested
  class QueriesAndScans extends QueryScanContract {
    @Override
    protected Engine engine() {
      return ServerContractTest.engine();
    }
  }

  @Nested
  class Batches extends BatchContract {
    @Override
    protected Engine engine() {
      return ServerContractTest.engine();
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    protected Engine engine() {
      return ServerContractTest.engine();
    }
  }

  @Nested
  class Tags extends TagContract {
    @Override
    protected Engine engine() {
      return ServerContractTest.engine();
    }
  }

  @Nested
  class Partiql extends PartiqlTransactionContract {
    @Override
    protected Engine engine() {
      return ServerContractTest.engine();
    }
  }
}
