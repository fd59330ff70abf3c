package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TransactWriteItems and TransactGetItems. Each action is its own expression scope, with its own
 * names and values; a problem found while reading any action rejects the whole request.
 */
final class TransactionOperations {
  private static final List<String> WRITE_KINDS =
      List.of("ConditionCheck", "Put", "Delete", "Update");

  private TransactionOperations() {}

  static ObjectNode transactWriteItems(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    List<JsonNode> items = request.list("TransactItems");
    constraints.notNull("transactItems", items).size("transactItems", items, 1, 100);
    String token = request.string("ClientRequestToken");
    if (token != null) {
      constraints.length("clientRequestToken", token, token.length(), 1, 36);
    }
    ReturnItemCollectionMetrics metrics = Members.returnItemCollectionMetrics(request, constraints);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    List<Action> actions = new ArrayList<>();
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        String path = "transactItems." + (i + 1) + ".member";
        actions.add(action(WireObject.structure(items.get(i)), path, constraints));
      }
    }
    constraints.check();
    List<TransactWriteItem> writes = new ArrayList<>(actions.size());
    for (Action action : actions) {
      writes.add(action.toWrite());
    }
    TransactWriteItemsResponse response =
        engine.transactWriteItems(new TransactWriteItemsRequest(writes, token, capacity, metrics));
    ObjectNode json = WireResponses.object();
    WireResponses.putCapacities(
        json, response.consumedCapacity(), WireResponses.CapacityFields.UNITS_READ_WRITE);
    WireResponses.putItemCollectionMetrics(json, response.itemCollectionMetrics());
    return json;
  }

  static ObjectNode transactGetItems(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    List<JsonNode> items = request.list("TransactItems");
    constraints.notNull("transactItems", items).size("transactItems", items, 1, 100);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    List<WireObject> gets = new ArrayList<>();
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        WireObject item = WireObject.structure(items.get(i));
        WireObject get = item == null ? null : item.object("Get");
        String path = "transactItems." + (i + 1) + ".member.get";
        constraints.notNull(path, get);
        if (get != null) {
          constraints.name(path + ".tableName", get.string("TableName"), true);
          constraints.notNull(path + ".key", get.map("Key"));
        }
        gets.add(get);
      }
    }
    constraints.check();
    List<TransactGetItem> reads = new ArrayList<>(gets.size());
    for (WireObject get : gets) {
      RequestExpressions expressions =
          RequestExpressions.read(get, RequestExpressions.Shape.TRANSACT_GET);
      reads.add(
          new TransactGetItem(
              get.string("TableName"), WireValues.item(get.raw("Key")), expressions.projection()));
      expressions.checkAllUsed();
    }
    TransactGetItemsResponse response =
        engine.transactGetItems(new TransactGetItemsRequest(reads, capacity));
    ObjectNode json = WireResponses.object();
    ArrayNode responses = json.putArray("Responses");
    response
        .responses()
        .forEach(
            found -> {
              ObjectNode entry = responses.addObject();
              found.ifPresent(item -> entry.set("Item", WireValues.item(item)));
            });
    WireResponses.putCapacities(
        json, response.consumedCapacity(), WireResponses.CapacityFields.UNITS_READ_WRITE);
    return json;
  }

  /** Reads one action's kind and constrained members; its expressions are parsed later. */
  private static Action action(WireObject item, String path, Constraints constraints) {
    List<String> kinds = item == null ? List.of() : WRITE_KINDS.stream().filter(item::has).toList();
    // The two texts DynamoDB uses, as recorded by moto's tests.
    if (kinds.isEmpty()) {
      throw new ValidationException(
          "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request");
    }
    if (kinds.size() > 1) {
      throw new ValidationException(
          "TransactItems can only contain one of Check, Put, Update or Delete");
    }
    String kind = kinds.get(0);
    WireObject body = item.object(kind);
    String bodyPath = path + "." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
    constraints.name(bodyPath + ".tableName", body.string("TableName"), true);
    String keyMember = kind.equals("Put") ? "Item" : "Key";
    Map<String, AttributeValue> keyOrItem =
        Members.requiredItem(
            body, keyMember, bodyPath + "." + keyMember.toLowerCase(Locale.ROOT), constraints);
    if (kind.equals("ConditionCheck")) {
      constraints.notNull(bodyPath + ".conditionExpression", body.string("ConditionExpression"));
    }
    if (kind.equals("Update")) {
      constraints.notNull(bodyPath + ".updateExpression", body.string("UpdateExpression"));
    }
    ReturnValuesOnConditionCheckFailure onFailure =
        Members.returnValuesOnConditionCheckFailure(
            body, bodyPath + ".returnValuesOnConditionCheckFailure", constraints);
    return new Action(kind, body, keyOrItem, onFailure);
  }

  private record Action(
      String kind,
      WireObject body,
      Map<String, AttributeValue> keyOrItem,
      ReturnValuesOnConditionCheckFailure onFailure) {

    TransactWriteItem toWrite() {
      String table = body.string("TableName");
      RequestExpressions expressions =
          RequestExpressions.read(
              body,
              kind.equals("Update")
                  ? RequestExpressions.Shape.TRANSACT_UPDATE
                  : RequestExpressions.Shape.TRANSACT_CONDITION);
      UpdateExpression update = kind.equals("Update") ? expressions.update() : null;
      Condition condition = expressions.condition(ExpressionKind.CONDITION);
      expressions.checkAllUsed();
      switch (kind) {
        case "Put":
          return new TransactWriteItem.Put(table, keyOrItem, condition, onFailure);
        case "Delete":
          return new TransactWriteItem.Delete(table, keyOrItem, condition, onFailure);
        case "Update":
          return new TransactWriteItem.Update(table, keyOrItem, update, condition, onFailure);
        default:
          return new TransactWriteItem.ConditionCheck(table, keyOrItem, condition, onFailure);
      }
    }
  }
}
