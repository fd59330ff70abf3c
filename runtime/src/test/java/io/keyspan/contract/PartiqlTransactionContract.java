package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.partiql.ParameterizedStatement;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PartiQL's ExecuteTransaction over the engine's transactions, for the engines that serve them. */
public abstract class PartiqlTransactionContract extends PartiqlContract {

  // API ExecuteTransaction: all statements or none.
  @Test
  void transaction_writesAllOrNothing() {
    String table = createTable("partiql_transaction", true);
    run("INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 1}");

    assertThrows(
        TransactionCanceledException.class,
        () ->
            runner()
                .executeTransaction(
                    List.of(
                        new ParameterizedStatement(
                            "INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 2}", null),
                        new ParameterizedStatement(
                            "INSERT INTO \"" + table + "\" VALUE {'pk': 'a', 'sk': 1}", null)),
                    null));
    assertThat(run("SELECT sk FROM \"" + table + "\" WHERE pk = 'a'"))
        .containsExactly(item("sk", n(1)));

    List<Optional<Map<String, AttributeValue>>> read =
        runner()
            .executeTransaction(
                List.of(
                    new ParameterizedStatement(
                        "SELECT sk FROM \"" + table + "\" WHERE pk = 'a' AND sk = 1", null)),
                null)
            .responses();
    assertThat(read).containsExactly(Optional.of(item("sk", n(1))));
  }
}
