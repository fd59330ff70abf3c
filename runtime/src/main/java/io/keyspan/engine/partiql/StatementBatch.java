package io.keyspan.engine.partiql;

import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.partiql.Statement;
import io.keyspan.expression.partiql.StatementParser;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * BatchExecuteStatement
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchExecuteStatement.html):
 * up to 25 statements, all reads or all writes (Developer Guide, "Running batch operations with
 * PartiQL for DynamoDB"), each run on its own so that one statement's failure is its own answer. A
 * SELECT names one item by its full key.
 */
final class StatementBatch {
  /** Keyspan's text: DynamoDB documents the rule, not its message. */
  static final String MIXED =
      "The statements of a batch must be all reads (SELECT) or all writes (INSERT, UPDATE,"
          + " DELETE)";

  private final StatementRunner runner;
  private final Engine engine;

  StatementBatch(StatementRunner runner, Engine engine) {
    this.runner = runner;
    this.engine = engine;
  }

  List<BatchStatementResponse> run(List<BatchStatementRequest> requests) {
    List<Object> parsed = new ArrayList<>(); // a Statement, or the ValidationException it met
    for (BatchStatementRequest request : requests) {
      try {
        parsed.add(StatementParser.parse(request.statement(), request.parameters()));
      } catch (ValidationException e) {
        parsed.add(e);
      }
    }
    rejectMixed(parsed.stream().filter(Statement.class::isInstance).map(Statement.class::cast));
    List<BatchStatementResponse> responses = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      responses.add(answer(parsed.get(i), requests.get(i).consistentRead()));
    }
    return responses;
  }

  /** Reads and writes may not share a batch or a transaction. */
  static void rejectMixed(Stream<Statement> statements) {
    List<Boolean> kinds =
        statements.map(statement -> statement instanceof Statement.Select).distinct().toList();
    if (kinds.size() > 1) {
      throw new ValidationException(MIXED);
    }
  }

  /**
   * Batches and transactions answer no write's attributes; Keyspan's text, as DynamoDB documents
   * RETURNING only for ExecuteStatement.
   */
  static void rejectReturning(Statement statement) {
    boolean returns =
        (statement instanceof Statement.Modify modify
                && modify.returning() != Statement.Returning.NOTHING)
            || (statement instanceof Statement.Delete delete
                && delete.returning() != Statement.Returning.NOTHING);
    if (returns) {
      throw new ValidationException(
          "RETURNING is answered by ExecuteStatement only, not in a batch or a transaction");
    }
  }

  private BatchStatementResponse answer(Object parsed, boolean consistentRead) {
    if (parsed instanceof ValidationException unreadable) {
      return failed(null, unreadable);
    }
    Statement statement = (Statement) parsed;
    String table = statement.table();
    try {
      if (statement instanceof Statement.Select select) {
        PlannedRead read = runner.read(select);
        Optional<Map<String, AttributeValue>> stored =
            engine
                .getItem(
                    GetItemRequest.builder(read.table(), read.key())
                        .consistentRead(consistentRead)
                        .build())
                .itemIfAny();
        return new BatchStatementResponse(table, read.answer(stored), Optional.empty());
      }
      rejectReturning(statement);
      runner.plan(statement).run(engine);
      return new BatchStatementResponse(table, Optional.empty(), Optional.empty());
    } catch (KeyspanException e) {
      return failed(table, e);
    }
  }

  private static BatchStatementResponse failed(String table, KeyspanException e) {
    return new BatchStatementResponse(
        table,
        Optional.empty(),
        Optional.of(new BatchStatementResponse.Error(code(e), e.getMessage())));
  }

  /** A statement's error code: the exception's name without "Exception", as DynamoDB's enum. */
  static String code(KeyspanException e) {
    return switch (e.errorCode()) {
      case "ValidationException" -> "ValidationError";
      case "ThrottlingException" -> "ThrottlingError";
      case "LimitExceededException" -> "RequestLimitExceeded";
      case "ConditionalCheckFailedException",
          "DuplicateItemException",
          "ResourceNotFoundException",
          "TransactionConflictException",
          "ProvisionedThroughputExceededException",
          "ItemCollectionSizeLimitExceededException",
          "InternalServerErrorException" ->
          e.errorCode().substring(0, e.errorCode().length() - "Exception".length());
      default -> "InternalServerError";
    };
  }
}
