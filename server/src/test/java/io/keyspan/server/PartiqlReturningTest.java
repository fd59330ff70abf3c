package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.memory.MemoryEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * UPDATE and DELETE with RETURNING (Developer Guide "PartiQL update statements for DynamoDB" and
 * "PartiQL delete statements for DynamoDB"): the item's attributes before or after the write, all
 * or only those the update changed, as ExecuteStatement's items.
 */
class PartiqlReturningTest {
  private KeyspanServer server;
  private DynamoDbClient client;

  @BeforeEach
  void start() {
    server = KeyspanServer.start(MemoryEngine.create(), 0);
    client = SdkClients.of(server);
    client.createTable(
        create ->
            create
                .tableName("Music")
                .attributeDefinitions(
                    a -> a.attributeName("Artist").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("Artist").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    run("INSERT INTO \"Music\" VALUE {'Artist': 'Acme', 'Plays': 1, 'Label': 'Indie'}");
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private List<Map<String, AttributeValue>> run(String statement) {
    return client.executeStatement(b -> b.statement(statement)).items();
  }

  private static AttributeValue n(String value) {
    return AttributeValue.fromN(value);
  }

  private static final String UPDATE = "UPDATE \"Music\" SET Plays = 2 WHERE Artist = 'Acme'";

  @Test
  void updateWithoutReturning_answersNoItems() {
    assertThat(run(UPDATE)).isEmpty();
  }

  @Test
  void updateReturningAllOld_answersTheItemBefore() {
    assertThat(run(UPDATE + " RETURNING ALL OLD *"))
        .containsExactly(
            Map.of(
                "Artist",
                AttributeValue.fromS("Acme"),
                "Plays",
                n("1"),
                "Label",
                AttributeValue.fromS("Indie")));
  }

  @Test
  void updateReturningModifiedOldOrNew_answersOnlyTheChangedAttributes() {
    assertThat(run(UPDATE + " RETURNING MODIFIED OLD *")).containsExactly(Map.of("Plays", n("1")));
    assertThat(run("UPDATE \"Music\" SET Plays = 3 WHERE Artist = 'Acme' RETURNING MODIFIED NEW *"))
        .containsExactly(Map.of("Plays", n("3")));
  }

  @Test
  void updateReturningAllNew_answersTheItemAfter() {
    assertThat(run(UPDATE + " RETURNING ALL NEW *").get(0)).containsEntry("Plays", n("2"));
  }

  @Test
  void deleteReturningAllOld_answersTheDeletedItem_andOtherFormsAreMalformed() {
    DynamoDbException malformed =
        assertThrows(
            DynamoDbException.class,
            () -> run("DELETE FROM \"Music\" WHERE Artist = 'Acme' RETURNING ALL NEW *"));
    assertThat(malformed.awsErrorDetails().errorMessage())
        .startsWith("Statement wasn't well formed, can't be processed");

    assertThat(run("DELETE FROM \"Music\" WHERE Artist = 'Acme' RETURNING ALL OLD *").get(0))
        .containsEntry("Plays", n("1"));
    assertThat(client.scan(b -> b.tableName("Music")).items()).isEmpty();
  }

  @Test
  void returningInABatch_isThatStatementsValidationError_andChangesNothing() {
    var responses =
        client
            .batchExecuteStatement(
                b ->
                    b.statements(
                        BatchStatementRequest.builder()
                            .statement(UPDATE + " RETURNING ALL OLD *")
                            .build()))
            .responses();

    assertThat(responses.get(0).error().code())
        .isEqualTo(BatchStatementErrorCodeEnum.VALIDATION_ERROR);
    assertThat(run("SELECT Plays FROM \"Music\" WHERE Artist = 'Acme'"))
        .containsExactly(Map.of("Plays", n("1")));
  }
}
