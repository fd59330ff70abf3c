package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.dynamodb.emulator.Emulators;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DynamoDbEngineProviderTest {

  @Test
  void dynamodbScheme_opensTheSdkEngine() {
    try (Keyspan keyspan = Keyspan.connect("dynamodb:?region=eu-west-1")) {
      assertThat(keyspan.engine()).isInstanceOf(DynamoDbEngine.class);
    }
  }

  // A loopback endpoint needs no AWS configuration: placeholder credentials, default region.
  @Test
  @Tag("emulators")
  void localEndpointUri_talksToTheEmulator() {
    String uri = Emulators.dynalite().engineUri();
    try (Keyspan keyspan = Keyspan.connect(uri)) {
      String table = "provider_uri_" + System.nanoTime();
      keyspan
          .engine()
          .createTable(
              new CreateTableRequest(
                  table,
                  List.of(new AttributeDefinition("id", ScalarAttributeType.S)),
                  List.of(KeySchemaElement.hash("id")),
                  null,
                  null,
                  BillingMode.PAY_PER_REQUEST,
                  null,
                  null,
                  null));
      Map<String, AttributeValue> item =
          Map.of("id", AttributeValue.s("1"), "v", AttributeValue.n(2));
      keyspan.engine().putItem(PutItemRequest.builder(table, item).build());

      assertThat(
              keyspan
                  .engine()
                  .getItem(
                      GetItemRequest.builder(table, Map.of("id", AttributeValue.s("1"))).build())
                  .item())
          .isEqualTo(item);
      keyspan.engine().deleteTable(new DeleteTableRequest(table));
    }
  }
}
