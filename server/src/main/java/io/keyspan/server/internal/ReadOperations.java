package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PageRequestBuilder;
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
    Constraints constraints = new Constraints(MemberOrder.QUERY);
    PageMembers members = PageMembers.read(request, constraints);
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
        members
            .applyTo(QueryRequest.builder(members.table(), keyCondition), expressions)
            .scanIndexForward(forward)
            .consistentRead(consistentRead)
            .returnConsumedCapacity(capacity);
    expressions.checkAllUsed();
    try {
      return page(engine.query(query.build()), members.select());
    } catch (ValidationException e) {
      throw expressions.inLegacyTerms(e);
    }
  }

  static ObjectNode scan(Engine engine, WireObject request) {
    Constraints constraints = new Constraints(MemberOrder.SCAN);
    PageMembers members = PageMembers.read(request, constraints);
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
        members
            .applyTo(ScanRequest.builder(members.table()), expressions)
            .segment(segment)
            .totalSegments(totalSegments)
            .consistentRead(consistentRead)
            .returnConsumedCapacity(capacity);
    expressions.checkAllUsed();
    try {
      return page(engine.scan(scan.build()), members.select());
    } catch (ValidationException e) {
      throw expressions.inLegacyTerms(e);
    }
  }

  /** The members Query and Scan share, read in DynamoDB's order. */
  private record PageMembers(
      String table,
      String index,
      Select select,
      Integer limit,
      Map<String, AttributeValue> startKey) {
    static PageMembers read(WireObject request, Constraints constraints) {
      return new PageMembers(
          Members.tableName(request, constraints),
          Members.indexName(request, constraints),
          ReadOperations.select(request, constraints),
          ReadOperations.limit(request, constraints),
          WireValues.item(request.raw("ExclusiveStartKey")));
    }

    /** Sets these members, with the request's filter and projection, on a Query or Scan builder. */
    <B extends PageRequestBuilder<B>> B applyTo(B builder, RequestExpressions expressions) {
      return builder
          .indexName(index)
          .filter(expressions.condition(ExpressionKind.FILTER))
          .projection(expressions.projection())
          .select(select)
          .limit(limit)
          .exclusiveStartKey(startKey);
    }
  }

  private static Select select(WireObject request, Constraints constraints) {
    return constraints.enumValue("select", request.string("Select"), CoralEnums.select());
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
