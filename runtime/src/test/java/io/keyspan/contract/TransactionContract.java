package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TransactWriteItems and TransactGetItems. */
public abstract class TransactionContract extends EngineContract {

  private static UpdateExpression add(String attribute, long amount) {
    return new UpdateExpression(
        List.of(),
        List.of(),
        List.of(new UpdateExpression.AddAction(Path.of(attribute), literal(n(amount)))),
        List.of());
  }

  // API TransactWriteItems: Put, Update, Delete and ConditionCheck applied together.
  @Test
  void transactWrite_appliesEveryAction() {
    String accounts = createTable("tx_accounts", false);
    String log = createTable("tx_log", true);
    put(accounts, item("pk", s("alice"), "balance", n(100)));
    put(accounts, item("pk", s("bob"), "balance", n(0)));
    put(accounts, item("pk", s("old")));

    engine()
        .transactWriteItems(
            new TransactWriteItemsRequest(
                List.of(
                    new TransactWriteItem.Update(
                        accounts,
                        key("alice"),
                        add("balance", -30),
                        compare("balance", ComparisonOperator.GE, n(30)),
                        null),
                    new TransactWriteItem.Update(
                        accounts, key("bob"), add("balance", 30), null, null),
                    new TransactWriteItem.Put(
                        log, item("pk", s("transfer"), "sk", n(1), "amount", n(30)), null, null),
                    new TransactWriteItem.Delete(accounts, key("old"), null, null)),
                null,
                ReturnConsumedCapacity.NONE));

    assertThat(get(accounts, key("alice"))).containsEntry("balance", n(70));
    assertThat(get(accounts, key("bob"))).containsEntry("balance", n(30));
    assertThat(get(log, key("transfer", 1))).containsEntry("amount", n(30));
    assertThat(get(accounts, key("old"))).isNull();
  }

  // API TransactionCanceledException: one reason per action, in order; nothing is applied.
  @Test
  void failedCondition_cancelsTheWholeTransaction_withReasonsInOrder() {
    String table = createTable("tx_cancel", false);
    put(table, item("pk", s("a"), "v", n(1)));
    put(table, item("pk", s("b"), "v", n(1)));

    TransactionCanceledException error =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                engine()
                    .transactWriteItems(
                        new TransactWriteItemsRequest(
                            List.of(
                                new TransactWriteItem.Update(
                                    table, key("a"), add("v", 1), null, null),
                                new TransactWriteItem.ConditionCheck(
                                    table,
                                    key("b"),
                                    compare("v", ComparisonOperator.EQ, n(2)),
                                    ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                            null,
                            ReturnConsumedCapacity.NONE)));

    assertThat(error.reasons().stream().map(CancellationReason::code).toList())
        .containsExactly("None", "ConditionalCheckFailed")
        .inOrder();
    assertThat(error.reasons().get(1).item()).isEqualTo(item("pk", s("b"), "v", n(1)));
    assertThat(error).hasMessageThat().contains("[None, ConditionalCheckFailed]");
    assertThat(get(table, key("a"))).containsEntry("v", n(1));
  }

  // API TransactGetItems: responses aligned with the request, empty for a missing item.
  @Test
  void transactGet_returnsAlignedResponses() {
    String table = createTable("tx_get", false);
    put(table, item("pk", s("a"), "v", n(1), "w", n(2)));

    TransactGetItemsResponse response =
        engine()
            .transactGetItems(
                new TransactGetItemsRequest(
                    List.of(
                        new TransactGetItem(table, key("missing"), null),
                        new TransactGetItem(table, key("a"), Projection.of("w"))),
                    ReturnConsumedCapacity.NONE));

    Map<String, AttributeValue> projected =
        has(Deviation.NO_PROJECTION_IN_TRANSACT_GET)
            ? item("pk", s("a"), "v", n(1), "w", n(2))
            : item("w", n(2));
    assertThat(response.responses())
        .containsExactly(Optional.<Map<String, AttributeValue>>empty(), Optional.of(projected))
        .inOrder();
  }

  // API TransactWriteItems: a Put whose attribute_not_exists condition holds creates the item.
  @Test
  void conditionalPut_inATransaction_createsTheItem() {
    String table = createTable("tx_create", false);

    engine()
        .transactWriteItems(
            new TransactWriteItemsRequest(
                List.of(
                    new TransactWriteItem.Put(
                        table,
                        item("pk", s("new")),
                        new Condition.AttributeNotExists(Path.of("pk")),
                        null)),
                null,
                ReturnConsumedCapacity.NONE));

    assertThat(get(table, key("new"))).isEqualTo(item("pk", s("new")));
  }
}
