package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.engine.partiql.BatchStatementRequest;
import io.keyspan.engine.partiql.BatchStatementResponse;
import io.keyspan.engine.partiql.ExecuteStatementRequest;
import io.keyspan.engine.partiql.ExecuteStatementResponse;
import io.keyspan.engine.partiql.ExecuteTransactionResponse;
import io.keyspan.engine.partiql.ParameterizedStatement;
import io.keyspan.engine.partiql.StatementRunner;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * ExecuteStatement
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html),
 * BatchExecuteStatement and ExecuteTransaction, run by the runtime's {@link StatementRunner} on the
 * engine's own operations. NextToken carries a SELECT's last evaluated key as base64 JSON.
 */
final class PartiqlOperations {
  private PartiqlOperations() {}

  static ObjectNode executeStatement(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String statement = statementText(request, constraints);
    List<JsonNode> parameters = parameterList(request, constraints);
    Integer limit = request.integer("Limit");
    constraints.range("limit", limit, 1, Integer.MAX_VALUE);
    constraints.check();
    ExecuteStatementResponse response =
        new StatementRunner(engine)
            .execute(
                new ExecuteStatementRequest(
                    statement,
                    values(parameters),
                    Members.flag(request, "ConsistentRead", false),
                    limit,
                    startKey(request.string("NextToken"))));
    ObjectNode json = WireResponses.object();
    json.set("Items", WireValues.items(response.items()));
    if (response.lastEvaluatedKey() != null) {
      json.put("NextToken", nextToken(response.lastEvaluatedKey()));
    }
    return json;
  }

  static ObjectNode batchExecuteStatement(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    List<JsonNode> statements = request.list("Statements");
    constraints.notNull("statements", statements);
    if (statements != null) {
      constraints.size("statements", statements, 1, 25);
    }
    constraints.check();
    List<BatchStatementRequest> batch =
        statements.stream()
            .map(WireObject::structure)
            .map(
                statement ->
                    new BatchStatementRequest(
                        memberText(statement),
                        memberParameters(statement),
                        Members.flag(statement, "ConsistentRead", false)))
            .toList();
    ObjectNode json = WireResponses.object();
    ArrayNode responses = json.putArray("Responses");
    for (BatchStatementResponse response : new StatementRunner(engine).executeBatch(batch)) {
      ObjectNode entry = responses.addObject();
      if (response.tableName() != null) {
        entry.put("TableName", response.tableName());
      }
      response.item().ifPresent(item -> entry.set("Item", WireValues.item(item)));
      response
          .error()
          .ifPresent(
              error -> {
                ObjectNode body = entry.putObject("Error");
                body.put("Code", error.code());
                body.put("Message", error.message());
              });
    }
    return json;
  }

  static ObjectNode executeTransaction(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    List<JsonNode> statements = request.list("TransactStatements");
    constraints.notNull("transactStatements", statements);
    if (statements != null) {
      constraints.size("transactStatements", statements, 1, 100);
    }
    String token = request.string("ClientRequestToken");
    if (token != null) {
      constraints.length("clientRequestToken", token, token.length(), 1, 36);
    }
    constraints.check();
    List<ParameterizedStatement> transaction =
        statements.stream()
            .map(WireObject::structure)
            .map(
                statement ->
                    new ParameterizedStatement(memberText(statement), memberParameters(statement)))
            .toList();
    ExecuteTransactionResponse response =
        new StatementRunner(engine).executeTransaction(transaction, token);
    ObjectNode json = WireResponses.object();
    if (!response.responses().isEmpty()) {
      ArrayNode responses = json.putArray("Responses");
      for (var item : response.responses()) {
        ObjectNode entry = responses.addObject();
        item.ifPresent(found -> entry.set("Item", WireValues.item(found)));
      }
    }
    return json;
  }

  /** A statement's text ({@code Statement}), its constraints added to {@code constraints}. */
  private static String statementText(WireObject scope, Constraints constraints) {
    String text = scope.string("Statement");
    constraints.notNull("statement", text);
    if (text != null) {
      constraints.length("statement", text, text.length(), 1, 8192);
    }
    return text;
  }

  /** A statement's {@code Parameters}, null when absent, its constraints added. */
  private static List<JsonNode> parameterList(WireObject scope, Constraints constraints) {
    List<JsonNode> parameters = scope.list("Parameters");
    if (parameters != null) {
      constraints.size("parameters", parameters, 1, Integer.MAX_VALUE);
    }
    return parameters;
  }

  private static List<AttributeValue> values(List<JsonNode> parameters) {
    return parameters == null ? List.of() : parameters.stream().map(WireValues::value).toList();
  }

  /** A member of a batch or a transaction: its text checked, then its parameters. */
  private static String memberText(WireObject statement) {
    Constraints constraints = new Constraints();
    String text = statementText(statement, constraints);
    constraints.check();
    return text;
  }

  private static List<AttributeValue> memberParameters(WireObject statement) {
    Constraints constraints = new Constraints();
    List<JsonNode> parameters = parameterList(statement, constraints);
    constraints.check();
    return values(parameters);
  }

  private static String nextToken(Map<String, AttributeValue> key) {
    byte[] json = ResponseJson.write(WireValues.item(key));
    return Base64.getEncoder().encodeToString(json);
  }

  private static Map<String, AttributeValue> startKey(String token) {
    if (token == null) {
      return null;
    }
    try {
      byte[] json = Base64.getDecoder().decode(token);
      return WireValues.item(RequestJson.read(json));
    } catch (IllegalArgumentException | WireException e) {
      throw new ValidationException("Invalid NextToken: " + token);
    }
  }
}
