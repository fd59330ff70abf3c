package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * UPDATE and DELETE with RETURNING (Developer Guide "PartiQL update statements for DynamoDB" and
 * "PartiQL delete statements for DynamoDB"): the item's attributes before or after the write, all
 * or only those the update changed, as ExecuteStatement's items.
 */
class PartiqlReturningTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  @BeforeEach
  void start() {
    local.createTable("Music", "Artist");
    run("INSERT INTO \"Music\" VALUE {'Artist': 'Acme', 'Plays': 1, 'Label': 'Indie'}");
  }

  private List<Map<String, AttributeValue>> run(String statement) {
    return local.client().executeStatement(b -> b.statement(statement)).items();
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
    assertThat(local.client().scan(b -> b.tableName("Music")).items()).isEmpty();
  }

  @Test
  void returningInABatch_isThatStatementsValidationError_andChangesNothing() {
    var responses =
        local
            .client()
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
