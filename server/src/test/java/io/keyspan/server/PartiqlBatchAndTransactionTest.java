package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * BatchExecuteStatement and ExecuteTransaction driven by the AWS SDK v2
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.multiplestatements.html).
 */
class PartiqlBatchAndTransactionTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  @BeforeEach
  void start() {
    local.createTable("Music", "Artist", "Song");
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static BatchStatementRequest batched(String statement, AttributeValue... parameters) {
    return BatchStatementRequest.builder()
        .statement(statement)
        .parameters(parameters.length == 0 ? null : List.of(parameters))
        .build();
  }

  private static ParameterizedStatement transacted(String statement, AttributeValue... parameters) {
    return ParameterizedStatement.builder()
        .statement(statement)
        .parameters(parameters.length == 0 ? null : List.of(parameters))
        .build();
  }

  private static String insert(String artist, String song) {
    return "INSERT INTO \"Music\" VALUE {'Artist': '" + artist + "', 'Song': '" + song + "'}";
  }

  private List<BatchStatementResponse> batch(BatchStatementRequest... statements) {
    return local.client().batchExecuteStatement(b -> b.statements(statements)).responses();
  }

  private List<Map<String, AttributeValue>> scan() {
    return local.client().scan(b -> b.tableName("Music")).items();
  }

  @Test
  void aBatchOfWrites_answersEachStatement_andOneFailureStopsNoOther() {
    batch(batched(insert("Acme", "One")));

    List<BatchStatementResponse> responses =
        batch(
            batched(insert("Acme", "One")),
            batched(insert("Acme", "Two")),
            batched("UPDATE \"Music\" SET Plays = 1 WHERE Artist = 'Acme' AND Song = 'None'"),
            batched("DELETE FROM \"Music\" WHERE Artist = 'Acme' AND Song = 'One'"));

    assertThat(responses.get(0).error().code())
        .isEqualTo(BatchStatementErrorCodeEnum.DUPLICATE_ITEM);
    assertThat(responses.get(0).error().message())
        .isEqualTo("Duplicate primary key exists in table");
    assertThat(responses.get(1).error()).isNull();
    assertThat(responses.get(1).tableName()).isEqualTo("Music");
    assertThat(responses.get(2).error().code())
        .isEqualTo(BatchStatementErrorCodeEnum.CONDITIONAL_CHECK_FAILED);
    assertThat(responses.get(3).error()).isNull();
    assertThat(scan()).containsExactly(Map.of("Artist", s("Acme"), "Song", s("Two")));
  }

  @Test
  void aBatchOfSelects_answersEachWithItsItem_orNone() {
    batch(batched(insert("Acme", "One")));

    List<BatchStatementResponse> responses =
        batch(
            batched(
                "SELECT Song FROM \"Music\" WHERE Artist = ? AND Song = ?", s("Acme"), s("One")),
            batched("SELECT * FROM \"Music\" WHERE Artist = 'Acme' AND Song = 'Missing'"),
            batched("SELECT * FROM \"Music\" WHERE Artist = 'Acme'"),
            batched(
                "SELECT * FROM \"Music\" WHERE Artist = 'Acme' AND Song = 'One' AND Plays > 3"));

    assertThat(responses.get(0).item()).isEqualTo(Map.of("Song", s("One")));
    assertThat(responses.get(1).hasItem()).isFalse();
    assertThat(responses.get(1).error()).isNull();
    assertThat(responses.get(2).error().code())
        .isEqualTo(BatchStatementErrorCodeEnum.VALIDATION_ERROR);
    assertThat(responses.get(2).error().message())
        .isEqualTo("Where clause does not contain a mandatory equality on all key attributes");
    assertThat(responses.get(3).hasItem()).isFalse();
  }

  @Test
  void aMalformedStatement_isThatStatementsValidationError() {
    List<BatchStatementResponse> responses =
        batch(batched("INSERT INTO"), batched(insert("Acme", "Two")));

    assertThat(responses.get(0).error().code())
        .isEqualTo(BatchStatementErrorCodeEnum.VALIDATION_ERROR);
    assertThat(responses.get(1).error()).isNull();
    assertThat(scan()).hasSize(1);
  }

  @Test
  void readsAndWritesMixed_orMoreThan25Statements_areRejectedWhole() {
    DynamoDbException mixed =
        assertThrows(
            DynamoDbException.class,
            () ->
                batch(
                    batched(insert("Acme", "One")),
                    batched("SELECT * FROM \"Music\" WHERE Artist = 'A' AND Song = 'B'")));
    assertThat(mixed.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(scan()).isEmpty();

    List<BatchStatementRequest> many = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      many.add(batched(insert("Acme", "Song " + i)));
    }
    DynamoDbException tooMany =
        assertThrows(
            DynamoDbException.class,
            () -> local.client().batchExecuteStatement(b -> b.statements(many)));
    assertThat(tooMany.awsErrorDetails().errorMessage())
        .contains("Member must have length less than or equal to 25");
    assertThat(scan()).isEmpty();
  }

  @Test
  void aTransactionOfWrites_isAllOrNothing_withReasonsInStatementOrder() {
    batch(batched(insert("Acme", "One")), batched(insert("Acme", "Three")));

    TransactionCanceledException canceled =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                local
                    .client()
                    .executeTransaction(
                        b ->
                            b.transactStatements(
                                transacted(insert("Acme", "Two")),
                                transacted(insert("Acme", "One")),
                                transacted(
                                    "UPDATE \"Music\" SET Plays = 2 WHERE Artist = 'Acme' AND Song ="
                                        + " 'Three'"))));

    assertThat(canceled.cancellationReasons().stream().map(CancellationReason::code))
        .containsExactly("None", "DuplicateItem", "None")
        .inOrder();
    assertThat(scan())
        .containsExactly(
            Map.of("Artist", s("Acme"), "Song", s("One")),
            Map.of("Artist", s("Acme"), "Song", s("Three")));

    local
        .client()
        .executeTransaction(
            b ->
                b.transactStatements(
                    transacted(insert("Acme", "Two")),
                    transacted(
                        "UPDATE \"Music\" SET Plays = ? WHERE Artist = 'Acme' AND Song = 'One'",
                        AttributeValue.fromN("2"))));
    assertThat(scan()).hasSize(3);
    assertThat(
            local
                .client()
                .getItem(
                    b -> b.tableName("Music").key(Map.of("Artist", s("Acme"), "Song", s("One"))))
                .item()
                .get("Plays"))
        .isEqualTo(AttributeValue.fromN("2"));
  }

  @Test
  void aTransactionOfSelects_answersEachItemInOrder() {
    batch(batched(insert("Acme", "One")), batched(insert("Acme", "Two")));

    var responses =
        local
            .client()
            .executeTransaction(
                b ->
                    b.transactStatements(
                        transacted(
                            "SELECT Song FROM \"Music\" WHERE Artist = 'Acme' AND Song = 'Two'"),
                        transacted(
                            "SELECT * FROM \"Music\" WHERE Artist = 'Acme' AND Song = 'None'"),
                        transacted(
                            "SELECT Song FROM \"Music\" WHERE Artist = 'Acme' AND Song = 'One'")))
            .responses();

    assertThat(responses).hasSize(3);
    assertThat(responses.get(0).item()).isEqualTo(Map.of("Song", s("Two")));
    assertThat(responses.get(1).hasItem()).isFalse();
    assertThat(responses.get(2).item()).isEqualTo(Map.of("Song", s("One")));
  }

  @Test
  void aTransactionMixingReadsAndWrites_isRejected_andWritesNothing() {
    DynamoDbException mixed =
        assertThrows(
            DynamoDbException.class,
            () ->
                local
                    .client()
                    .executeTransaction(
                        b ->
                            b.transactStatements(
                                transacted(insert("Acme", "One")),
                                transacted(
                                    "SELECT * FROM \"Music\" WHERE Artist = 'Acme' AND Song = 'One'"))));

    assertThat(mixed.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(scan()).isEmpty();
  }
}
