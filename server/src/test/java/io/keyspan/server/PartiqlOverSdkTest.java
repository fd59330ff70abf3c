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
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;

/**
 * ExecuteStatement driven by the AWS SDK v2 over the in-memory engine
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html).
 */
class PartiqlOverSdkTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  @BeforeEach
  void start() {
    local.createTable("Music", "Artist", "SongTitle");
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private ExecuteStatementResponse run(String statement, AttributeValue... parameters) {
    return local
        .client()
        .executeStatement(
            request -> {
              request.statement(statement);
              if (parameters.length > 0) {
                request.parameters(parameters);
              }
            });
  }

  private void insert(String artist, String song, int year) {
    run(
        "INSERT INTO \"Music\" VALUE {'Artist': ?, 'SongTitle': ?, 'Year': " + year + "}",
        s(artist),
        s(song));
  }

  @Test
  void insertThenSelect_byPartitionKey_withProjection() {
    insert("Acme", "Call Me Today", 2021);
    insert("Acme", "Blue Sky", 2019);
    insert("Other", "Song", 2020);

    var items =
        run(
                "SELECT SongTitle, \"Year\" FROM \"Music\" WHERE Artist = ? AND \"Year\" > 2020",
                s("Acme"))
            .items();

    assertThat(items)
        .containsExactly(
            Map.of("SongTitle", s("Call Me Today"), "Year", AttributeValue.fromN("2021")));
  }

  @Test
  void selectWithoutThePartitionKey_scans() {
    insert("Acme", "Blue Sky", 2019);
    insert("Other", "Song", 2020);

    var items = run("SELECT * FROM \"Music\" WHERE \"Year\" >= 2020").items();

    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("Artist")).isEqualTo(s("Other"));
  }

  @Test
  void insertingAnExistingItem_isDuplicateItemException() {
    insert("Acme", "Blue Sky", 2019);

    DuplicateItemException error =
        assertThrows(DuplicateItemException.class, () -> insert("Acme", "Blue Sky", 2000));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Duplicate primary key exists in table");
  }

  @Test
  void update_setsAndRemoves_onTheItemItsKeyNames() {
    insert("Acme", "Blue Sky", 2019);

    run(
        "UPDATE \"Music\" SET Awards = 1 SET \"Year\" = \"Year\" + 1 REMOVE Genre"
            + " WHERE Artist = 'Acme' AND SongTitle = 'Blue Sky'");

    var item = run("SELECT * FROM \"Music\" WHERE Artist = 'Acme'").items().get(0);
    assertThat(item.get("Awards")).isEqualTo(AttributeValue.fromN("1"));
    assertThat(item.get("Year")).isEqualTo(AttributeValue.fromN("2020"));
  }

  @Test
  void update_ofAMissingItem_orWithAFalseCondition_failsTheCondition() {
    insert("Acme", "Blue Sky", 2019);

    assertThrows(
        ConditionalCheckFailedException.class,
        () -> run("UPDATE \"Music\" SET Awards = 1 WHERE Artist = 'Acme' AND SongTitle = 'No'"));
    assertThrows(
        ConditionalCheckFailedException.class,
        () ->
            run(
                "UPDATE \"Music\" SET Awards = 1 WHERE Artist = 'Acme' AND SongTitle = 'Blue Sky'"
                    + " AND \"Year\" = 1900"));
  }

  @Test
  void updateWithoutTheFullKey_isRejected() {
    DynamoDbException error =
        assertThrows(
            DynamoDbException.class,
            () -> run("UPDATE \"Music\" SET Awards = 1 WHERE Artist = 'Acme'"));

    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Where clause does not contain a mandatory equality on all key attributes");
  }

  @Test
  void delete_removesTheItem() {
    insert("Acme", "Blue Sky", 2019);

    run("DELETE FROM \"Music\" WHERE Artist = ? AND SongTitle = ?", s("Acme"), s("Blue Sky"));

    assertThat(run("SELECT * FROM \"Music\"").items()).isEmpty();
  }

  @Test
  void limitAndNextToken_pageThroughTheResults() {
    for (int i = 0; i < 5; i++) {
      insert("Acme", "Song " + i, 2000 + i);
    }

    List<String> titles = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String next = token;
      ExecuteStatementResponse page =
          local
              .client()
              .executeStatement(
                  request ->
                      request
                          .statement("SELECT SongTitle FROM \"Music\" WHERE Artist = 'Acme'")
                          .limit(2)
                          .nextToken(next));
      page.items().forEach(item -> titles.add(item.get("SongTitle").s()));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(titles).containsExactly("Song 0", "Song 1", "Song 2", "Song 3", "Song 4").inOrder();
    assertThat(pages).isAtLeast(3);
  }

  @Test
  void aMalformedStatement_orTooFewParameters_isAValidationException() {
    DynamoDbException malformed =
        assertThrows(DynamoDbException.class, () -> run("SELEC * FROM \"Music\""));
    assertThat(malformed.awsErrorDetails().errorMessage())
        .startsWith("Statement wasn't well formed, can't be processed: ");

    DynamoDbException mismatch =
        assertThrows(
            DynamoDbException.class,
            () -> run("SELECT * FROM \"Music\" WHERE Artist = ? AND SongTitle = ?", s("a")));
    assertThat(mismatch.awsErrorDetails().errorMessage())
        .isEqualTo("Number of parameters in request and statement don't match.");
  }
}
