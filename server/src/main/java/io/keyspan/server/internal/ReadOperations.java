package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/** Query and Scan. */
final class ReadOperations {
  private ReadOperations() {}

  static ObjectNode query(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    String index = Members.indexName(request, constraints);
    Select select = select(request, constraints);
    Integer limit = limit(request, constraints);
    Map<String, AttributeValue> startKey = WireValues.item(request.raw("ExclusiveStartKey"));
    boolean forward = Members.flag(request, "ScanIndexForward", true);
    boolean consistentRead = Members.flag(request, "ConsistentRead", false);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    constraints.check();
    RequestExpressions expressions =
        RequestExpressions.read(request, RequestExpressions.Shape.QUERY);
    KeyCondition keyCondition = expressions.keyCondition();
    if (keyCondition == null) {
      throw new ValidationException(
          "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
              + " request.");
    }
    QueryRequest.Builder query =
        QueryRequest.builder(table, keyCondition)
            .indexName(index)
            .filter(expressions.condition(ExpressionKind.FILTER))
            .projection(expressions.projection())
            .select(select)
            .limit(limit)
            .exclusiveStartKey(startKey)
            .scanIndexForward(forward)
            .consistentRead(consistentRead)
            .returnConsumedCapacity(capacity);
    expressions.checkAllUsed();
    return page(engine.query(query.build()), select);
  }

  static ObjectNode scan(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    String index = Members.indexName(request, constraints);
    Select select = select(request, constraints);
    Integer limit = limit(request, constraints);
    Map<String, AttributeValue> startKey = WireValues.item(request.raw("ExclusiveStartKey"));
    Integer segment = request.integer("Segment");
    Integer totalSegments = request.integer("TotalSegments");
    constraints.range("segment", segment, 0, 999_999);
    constraints.range("totalSegments", totalSegments, 1, 1_000_000);
    boolean consistentRead = Members.flag(request, "ConsistentRead", false);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    constraints.check();
    RequestExpressions expressions =
        RequestExpressions.read(request, RequestExpressions.Shape.SCAN);
    ScanRequest.Builder scan =
        ScanRequest.builder(table)
            .indexName(index)
            .filter(expressions.condition(ExpressionKind.FILTER))
            .projection(expressions.projection())
            .select(select)
            .limit(limit)
            .exclusiveStartKey(startKey)
            .segment(segment)
            .totalSegments(totalSegments)
            .consistentRead(consistentRead)
            .returnConsumedCapacity(capacity);
    expressions.checkAllUsed();
    return page(engine.scan(scan.build()), select);
  }

  private static Select select(WireObject request, Constraints constraints) {
    return constraints.enumValue("select", request.string("Select"), Select.values());
  }

  private static Integer limit(WireObject request, Constraints constraints) {
    Integer limit = request.integer("Limit");
    constraints.range("limit", limit, 1, Integer.MAX_VALUE);
    return limit;
  }

  private static ObjectNode page(PageResponse page, Select select) {
    ObjectNode json = WireResponses.object();
    if (select != Select.COUNT) {
      json.set("Items", WireValues.items(page.items()));
    }
    json.put("Count", page.count());
    json.put("ScannedCount", page.scannedCount());
    WireResponses.putItem(json, "LastEvaluatedKey", page.lastEvaluatedKey());
    WireResponses.putCapacity(json, page.consumedCapacity());
    return json;
  }
}
