package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteOptions;
import io.keyspan.engine.WriteResponse;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
final class ItemOperations {
  private ItemOperations() {}

  static ObjectNode putItem(Engine engine, WireObject request) {
    WriteMembers members =
        WriteMembers.read(
            request, "Item", "item", RequestExpressions.Shape.PUT, MemberOrder.PUT_ITEM);
    PutItemRequest put =
        new PutItemRequest(members.table(), members.attributes(), members.options());
    members.expressions().checkAllUsed();
    return written(engine.putItem(put));
  }

  static ObjectNode getItem(Engine engine, WireObject request) {
    Constraints constraints = new Constraints(MemberOrder.GET_ITEM);
    String table = Members.tableName(request, constraints);
    Map<String, AttributeValue> key = Members.requiredItem(request, "Key", "key", constraints);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    boolean consistentRead = Members.flag(request, "ConsistentRead", false);
    constraints.check();
    RequestExpressions expressions = RequestExpressions.read(request, RequestExpressions.Shape.GET);
    GetItemRequest.Builder get =
        GetItemRequest.builder(table, key)
            .projection(expressions.projection())
            .consistentRead(consistentRead)
            .returnConsumedCapacity(capacity);
    expressions.checkAllUsed();
    GetItemResponse response = engine.getItem(get.build());
    ObjectNode json = WireResponses.object();
    WireResponses.putItem(json, "Item", response.item());
    WireResponses.putCapacity(json, response.consumedCapacity());
    return json;
  }

  static ObjectNode updateItem(Engine engine, WireObject request) {
    WriteMembers members =
        WriteMembers.read(
            request, "Key", "key", RequestExpressions.Shape.UPDATE, MemberOrder.UPDATE_ITEM);
    // The update expression is taken before the condition, as DynamoDB reads them.
    UpdateItemRequest update =
        new UpdateItemRequest(
            members.table(),
            members.attributes(),
            members.expressions().update(),
            members.options());
    members.expressions().checkAllUsed();
    return written(engine.updateItem(update));
  }

  static ObjectNode deleteItem(Engine engine, WireObject request) {
    WriteMembers members =
        WriteMembers.read(
            request, "Key", "key", RequestExpressions.Shape.DELETE, MemberOrder.DELETE_ITEM);
    DeleteItemRequest delete =
        new DeleteItemRequest(members.table(), members.attributes(), members.options());
    members.expressions().checkAllUsed();
    return written(engine.deleteItem(delete));
  }

  /**
   * What PutItem, UpdateItem and DeleteItem read alike, in DynamoDB's order: the table, the item or
   * key, the return settings; then, once those are valid, the expressions.
   */
  private record WriteMembers(
      String table,
      Map<String, AttributeValue> attributes,
      ReturnValue returnValues,
      ReturnValuesOnConditionCheckFailure onConditionCheckFailure,
      ReturnItemCollectionMetrics metrics,
      ReturnConsumedCapacity capacity,
      RequestExpressions expressions) {
    static WriteMembers read(
        WireObject request,
        String member,
        String path,
        RequestExpressions.Shape shape,
        List<String> memberOrder) {
      Constraints constraints = new Constraints(memberOrder);
      String table = Members.tableName(request, constraints);
      Map<String, AttributeValue> attributes =
          Members.requiredItem(request, member, path, constraints);
      ReturnValue returnValues = Members.returnValues(request, constraints);
      ReturnValuesOnConditionCheckFailure onFailure =
          Members.returnValuesOnConditionCheckFailure(
              request, "returnValuesOnConditionCheckFailure", constraints);
      ReturnItemCollectionMetrics metrics =
          Members.returnItemCollectionMetrics(request, constraints);
      ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
      constraints.check();
      return new WriteMembers(
          table,
          attributes,
          returnValues,
          onFailure,
          metrics,
          capacity,
          RequestExpressions.read(request, shape));
    }

    /** The engine's write options: the request's condition and return settings. */
    WriteOptions options() {
      return new WriteOptions(
          expressions.condition(ExpressionKind.CONDITION),
          returnValues,
          onConditionCheckFailure,
          capacity,
          metrics);
    }
  }

  private static ObjectNode written(WriteResponse response) {
    ObjectNode json = WireResponses.object();
    WireResponses.putItem(json, "Attributes", response.attributes());
    WireResponses.putCapacity(json, response.consumedCapacity());
    WireResponses.putItemCollectionMetrics(json, response.itemCollectionMetrics());
    return json;
  }
}
