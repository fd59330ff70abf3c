package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
final class ItemOperations {
  private ItemOperations() {}

  static ObjectNode putItem(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    Map<String, AttributeValue> item = Members.requiredItem(request, "Item", "item", constraints);
    WriteOptions options = WriteOptions.read(request, constraints);
    constraints.check();
    RequestExpressions expressions =
        RequestExpressions.read(request, RequestExpressions.Shape.PUT);
    PutItemRequest.Builder put =
        PutItemRequest.builder(table, item)
            .condition(expressions.condition(ExpressionKind.CONDITION))
            .returnValues(options.returnValues())
            .returnValuesOnConditionCheckFailure(options.onConditionCheckFailure())
            .returnConsumedCapacity(options.capacity());
    expressions.checkAllUsed();
    return written(engine.putItem(put.build()));
  }

  static ObjectNode getItem(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    Map<String, AttributeValue> key = Members.requiredItem(request, "Key", "key", constraints);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    boolean consistentRead = Members.flag(request, "ConsistentRead", false);
    constraints.check();
    RequestExpressions expressions =
        RequestExpressions.read(request, RequestExpressions.Shape.GET);
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
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    Map<String, AttributeValue> key = Members.requiredItem(request, "Key", "key", constraints);
    WriteOptions options = WriteOptions.read(request, constraints);
    constraints.check();
    RequestExpressions expressions =
        RequestExpressions.read(request, RequestExpressions.Shape.UPDATE);
    UpdateItemRequest.Builder update =
        UpdateItemRequest.builder(table, key)
            .update(expressions.update())
            .condition(expressions.condition(ExpressionKind.CONDITION))
            .returnValues(options.returnValues())
            .returnValuesOnConditionCheckFailure(options.onConditionCheckFailure())
            .returnConsumedCapacity(options.capacity());
    expressions.checkAllUsed();
    return written(engine.updateItem(update.build()));
  }

  static ObjectNode deleteItem(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    String table = Members.tableName(request, constraints);
    Map<String, AttributeValue> key = Members.requiredItem(request, "Key", "key", constraints);
    WriteOptions options = WriteOptions.read(request, constraints);
    constraints.check();
    RequestExpressions expressions =
        RequestExpressions.read(request, RequestExpressions.Shape.DELETE);
    DeleteItemRequest.Builder delete =
        DeleteItemRequest.builder(table, key)
            .condition(expressions.condition(ExpressionKind.CONDITION))
            .returnValues(options.returnValues())
            .returnValuesOnConditionCheckFailure(options.onConditionCheckFailure())
            .returnConsumedCapacity(options.capacity());
    expressions.checkAllUsed();
    return written(engine.deleteItem(delete.build()));
  }

  /** The return settings PutItem, UpdateItem and DeleteItem share, read in DynamoDB's order. */
  private record WriteOptions(
      ReturnValue returnValues,
      ReturnValuesOnConditionCheckFailure onConditionCheckFailure,
      ReturnConsumedCapacity capacity) {
    static WriteOptions read(WireObject request, Constraints constraints) {
      ReturnValue returnValues = Members.returnValues(request, constraints);
      ReturnValuesOnConditionCheckFailure onFailure =
          Members.returnValuesOnConditionCheckFailure(
              request, "returnValuesOnConditionCheckFailure", constraints);
      return new WriteOptions(
          returnValues, onFailure, Members.returnConsumedCapacity(request, constraints));
    }
  }

  private static ObjectNode written(WriteResponse response) {
    ObjectNode json = WireResponses.object();
    WireResponses.putItem(json, "Attributes", response.attributes());
    WireResponses.putCapacity(json, response.consumedCapacity());
    return json;
  }
}
