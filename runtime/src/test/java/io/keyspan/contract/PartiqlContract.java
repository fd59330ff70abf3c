package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.partiql.BatchStatementRequest;
import io.keyspan.engine.partiql.BatchStatementResponse;
import io.keyspan.engine.partiql.ExecuteStatementRequest;
import io.keyspan.engine.partiql.StatementRunner;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.DuplicateItemException;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PartiQL for DynamoDB run by Keyspan's {@link StatementRunner} over the engine's SPI, so every
 * engine serves it alike: on the AWS SDK engine a statement becomes the GetItem, Query, Scan and
 * write calls DynamoDB itself would make (Developer Guide ql-reference,
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html).
 * ExecuteTransaction is in {@link PartiqlTransactionContract}, for the engines that serve
 * transactions.
 */
public abstract class PartiqlContract extends EngineContract {

  StatementRunner runner() {
    return new StatementRunner(engine());
  }

  List<Map<String, AttributeValue>> run(String statement, AttributeValue... parameters) {
    return runner()
        .execute(new ExecuteStatementRequest(statement, List.of(parameters), true, null, null))
        .items();
  }

  // ql-reference.insert: INSERT adds an item and fails when one with its key exists.
  @Test
  void insert_addsTheItem_andAnExistingKeyIsADuplicate() {
    String table = createTable("partiql_insert", true);
    run("INSERT INTO \"" + table + "\" VALUE {'pk': ?, 'sk': 1, 'n': 5}", s("a"));

    assertThat(run("SELECT n FROM \"" + table + "\" WHERE pk = 'a' AND sk = 1"))
        .containsExactly(item("n", n(5)));
    assertThrows(
        DuplicateItemException.class,
        () -> run("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 1}"));
    assertThat(run("SELECT n FROM \"" + table + "\" WHERE pk = 'a' AND sk = 1"))
        .containsExactly(item("n", n(5)));
  }

  // ql-reference.select: a SELECT fixing the partition key reads it in sort-key order (a Query).
  @Test
  void select_ofAPartition_readsItInSortKeyOrder_withTheFilter() {
    String table = createTable("partiql_select", true);
    for (int sk = 3; sk >= 1; sk--) {
      run("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': ?, 'n': ?}", n(sk), n(sk * 10));
    }
    run("INSERT INTO \"" + table + "\" VALUE {'pk': 'b', 'sk': 1, 'n': 99}");

    assertThat(run("SELECT sk FROM \"" + table + "\" WHERE pk = 'a'"))
        .containsExactly(item("sk", n(1)), item("sk", n(2)), item("sk", n(3)))
        .inOrder();
    assertThat(run("SELECT sk FROM \"" + table + "\" WHERE pk = 'a' AND sk >= 2 AND n < 30"))
        .containsExactly(item("sk", n(2)));
  }

  // ql-reference.update and ql-reference.delete: the full key, and an optional condition.
  @Test
  void updateAndDelete_ofTheFullKey_honourTheirConditions() {
    String table = createTable("partiql_update", true);
    run("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 1, 'n': 5}");

    run("UPDATE \"" + table + "\" SET n = n + 1 SET t = 'x' WHERE pk = 'a' AND sk = 1");
    assertThrows(
        ConditionalCheckFailedException.class,
        () -> run("DELETE FROM \"" + table + "\" WHERE pk = 'a' AND sk = 1 AND n = 5"));
    assertThat(run("SELECT n, t FROM \"" + table + "\" WHERE pk = 'a' AND sk = 1"))
        .containsExactly(item("n", n(6), "t", s("x")));

    run("DELETE FROM \"" + table + "\" WHERE pk = 'a' AND sk = 1 AND n = 6");
    assertThat(run("SELECT * FROM \"" + table + "\" WHERE pk = 'a'")).isEmpty();
  }

  // API BatchExecuteStatement: each statement is answered on its own.
  @Test
  void batch_answersEachStatementOnItsOwn() {
    String table = createTable("partiql_batch", true);
    run("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 1}");

    List<BatchStatementResponse> answers =
        runner()
            .executeBatch(
                List.of(
                    new BatchStatementRequest(
                        "INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 1}", null, false),
                    new BatchStatementRequest(
                        "INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 2}", null, false)));

    assertThat(answers.get(0).error().map(BatchStatementResponse.Error::code))
        .hasValue("DuplicateItem");
    assertThat(answers.get(1).error()).isEmpty();
    assertThat(run("SELECT sk FROM \"" + table + "\" WHERE pk = 'a'")).hasSize(2);
  }
}
