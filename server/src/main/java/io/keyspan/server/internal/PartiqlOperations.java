package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.engine.partiql.ExecuteStatementRequest;
import io.keyspan.engine.partiql.ExecuteStatementResponse;
import io.keyspan.engine.partiql.StatementRunner;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * ExecuteStatement
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExecuteStatement.html), run
 * by the runtime's {@link StatementRunner} on the engine's own operations. NextToken carries a
 * SELECT's last evaluated key as base64 JSON.
 */
final class PartiqlOperations {
  private PartiqlOperations() {}

  static ObjectNode executeStatement(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String statement = request.string("Statement");
    constraints.notNull("statement", statement);
    if (statement != null) {
      constraints.length("statement", statement, statement.length(), 1, 8192);
    }
    List<JsonNode> parameters = request.list("Parameters");
    if (parameters != null) {
      constraints.size("parameters", parameters, 1, Integer.MAX_VALUE);
    }
    Integer limit = request.integer("Limit");
    constraints.range("limit", limit, 1, Integer.MAX_VALUE);
    constraints.check();
    ExecuteStatementResponse response =
        new StatementRunner(engine)
            .execute(
                new ExecuteStatementRequest(
                    statement,
                    parameters == null
                        ? List.of()
                        : parameters.stream().map(WireValues::value).toList(),
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
