package io.keyspan.engine.partiql;

import io.keyspan.engine.Engine;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.expression.partiql.Statement;
import io.keyspan.expression.partiql.StatementParser;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ExecuteTransaction
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteTransaction.html): up
 * to 100 statements, all SELECTs (run as one TransactGetItems) or all writes (one
 * TransactWriteItems, so all or nothing, with its cancellation reasons in statement order). An
 * INSERT that meets an existing item is cancelled with the reason {@code DuplicateItem}, as a lone
 * INSERT fails with DuplicateItemException.
 */
final class StatementTransaction {
  private final StatementRunner runner;
  private final Engine engine;

  StatementTransaction(StatementRunner runner, Engine engine) {
    this.runner = runner;
    this.engine = engine;
  }

  ExecuteTransactionResponse run(List<ParameterizedStatement> requests, String clientRequestToken) {
    List<Statement> statements =
        requests.stream()
            .map(request -> StatementParser.parse(request.statement(), request.parameters()))
            .toList();
    StatementBatch.rejectMixed(statements.stream());
    statements.forEach(StatementBatch::rejectReturning);
    if (statements.get(0) instanceof Statement.Select) {
      return reads(statements);
    }
    List<PlannedWrite> writes = statements.stream().map(runner::plan).toList();
    try {
      engine.transactWriteItems(
          new TransactWriteItemsRequest(
              writes.stream().map(PlannedWrite::transactItem).toList(), clientRequestToken, null));
    } catch (TransactionCanceledException e) {
      throw withDuplicateItems(e, writes);
    }
    return new ExecuteTransactionResponse(List.of());
  }

  private ExecuteTransactionResponse reads(List<Statement> statements) {
    List<PlannedRead> reads =
        statements.stream().map(select -> runner.read((Statement.Select) select)).toList();
    List<TransactGetItem> gets =
        reads.stream().map(read -> new TransactGetItem(read.table(), read.key(), null)).toList();
    var found = engine.transactGetItems(new TransactGetItemsRequest(gets, null)).responses();
    List<Optional<Map<String, AttributeValue>>> answers = new ArrayList<>(reads.size());
    for (int i = 0; i < reads.size(); i++) {
      answers.add(reads.get(i).answer(found.get(i)));
    }
    return new ExecuteTransactionResponse(answers);
  }

  /** An INSERT's failed condition is a duplicate item, in the reasons and in the message. */
  private static TransactionCanceledException withDuplicateItems(
      TransactionCanceledException e, List<PlannedWrite> writes) {
    List<CancellationReason> reasons = new ArrayList<>(e.reasons());
    boolean changed = false;
    for (int i = 0; i < reasons.size() && i < writes.size(); i++) {
      if (writes.get(i) instanceof PlannedWrite.Insert
          && reasons.get(i).code().equals("ConditionalCheckFailed")) {
        reasons.set(i, new CancellationReason("DuplicateItem", PlannedWrite.DUPLICATE_ITEM, null));
        changed = true;
      }
    }
    return changed ? new TransactionCanceledException(reasons) : e;
  }
}
