package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.server.KeyspanServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A table's stream setting through this engine and Keyspan's server: it reaches the service on
 * CreateTable and UpdateTable and comes back in the description, instead of being dropped.
 */
class StreamSettingsRoundTripTest {
  private final Keyspan keyspan = Keyspan.inMemory();
  private final KeyspanServer server = KeyspanServer.start(keyspan.engine(), 0);
  private final Engine engine =
      DynamoDbEngine.using(ServerClients.to(server.endpoint(), DynamoDbClient.builder()).build());

  @AfterEach
  void stop() {
    engine.close();
    server.close();
    keyspan.close();
  }

  @Test
  void streamSpecification_travelsBothWays() {
    TableDescription created =
        engine.createTable(
            new CreateTableRequest(
                "Orders",
                List.of(new AttributeDefinition("id", ScalarAttributeType.S)),
                List.of(KeySchemaElement.hash("id")),
                null,
                null,
                BillingMode.PAY_PER_REQUEST,
                null,
                StreamSpecification.enabled(StreamViewType.NEW_IMAGE),
                null));
    assertThat(created.streamSpecification())
        .isEqualTo(StreamSpecification.enabled(StreamViewType.NEW_IMAGE));
    assertThat(created.latestStreamArn()).contains(":table/Orders/stream/");
    assertThat(created.latestStreamLabel()).isNotNull();

    TableDescription disabled =
        engine.updateTable(
            new UpdateTableRequest("Orders", null, null, null, null, StreamSpecification.DISABLED));
    assertThat(disabled.streamSpecification()).isEqualTo(StreamSpecification.DISABLED);
    assertThat(engine.describeTable(new DescribeTableRequest("Orders")).latestStreamArn())
        .isEqualTo(created.latestStreamArn());
  }
}
