package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.Engine;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.WriteRequest;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BatchGetItem and BatchWriteItem. */
final class BatchOperations {
  private BatchOperations() {}

  static ObjectNode batchGetItem(Engine engine, WireObject request) {
    Constraints constraints = new Constraints(MemberOrder.BATCH_GET_ITEM);
    Map<String, JsonNode> requestItems = request.map("RequestItems");
    constraints.notNull("requestItems", requestItems);
    constraints.size("requestItems", requestItems, 1, 100);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    Map<String, WireObject> tables = new LinkedHashMap<>();
    if (requestItems != null) {
      requestItems.forEach(
          (table, json) -> {
            WireObject keysAndAttributes = WireObject.structure(json);
            String path = "requestItems." + table + ".member.keys";
            List<JsonNode> keys = keysAndAttributes == null ? null : keysAndAttributes.list("Keys");
            constraints.notNull(path, keys);
            constraints.size(path, keys, 1, 100);
            tables.put(table, keysAndAttributes);
          });
      constraints.tableNameKeys("requestItems", request.raw("RequestItems"), requestItems.keySet());
    }
    constraints.check();
    Map<String, KeysAndAttributes> reads = new LinkedHashMap<>();
    tables.forEach(
        (table, keysAndAttributes) -> {
          RequestExpressions expressions =
              RequestExpressions.read(keysAndAttributes, RequestExpressions.Shape.GET);
          List<Map<String, AttributeValue>> keys = new ArrayList<>();
          Constraints keyConstraints = new Constraints();
          for (JsonNode json : keysAndAttributes.list("Keys")) {
            Map<String, AttributeValue> key = WireValues.item(json);
            keyConstraints.notNull("requestItems." + table + ".member.keys.member", key);
            keys.add(key);
          }
          keyConstraints.check();
          reads.put(
              table,
              new KeysAndAttributes(
                  keys,
                  expressions.projection(),
                  Members.flag(keysAndAttributes, "ConsistentRead", false)));
          expressions.checkAllUsed();
        });
    BatchGetItemResponse response = engine.batchGetItem(new BatchGetItemRequest(reads, capacity));

    ObjectNode json = WireResponses.object();
    ObjectNode responses = json.putObject("Responses");
    response.responses().forEach((table, items) -> responses.set(table, WireValues.items(items)));
    ObjectNode unprocessed = json.putObject("UnprocessedKeys");
    response
        .unprocessedKeys()
        .forEach(
            (table, keysAndAttributes) -> {
              // Echo the table's request as sent (projection text and names included), with only
              // the
              // keys still to read: a client resends UnprocessedKeys as they are.
              ObjectNode echo = requestItems.get(table).deepCopy();
              ArrayNode keys = echo.putArray("Keys");
              keysAndAttributes.keys().forEach(key -> keys.add(WireValues.item(key)));
              unprocessed.set(table, echo);
            });
    WireResponses.putCapacities(
        json, response.consumedCapacity(), WireResponses.CapacityFields.UNITS);
    return json;
  }

  static ObjectNode batchWriteItem(Engine engine, WireObject request) {
    Constraints constraints = new Constraints(MemberOrder.BATCH_WRITE_ITEM);
    Map<String, JsonNode> requestItems = request.map("RequestItems");
    constraints.notNull("requestItems", requestItems);
    constraints.size("requestItems", requestItems, 1, 25);
    ReturnItemCollectionMetrics metrics = Members.returnItemCollectionMetrics(request, constraints);
    ReturnConsumedCapacity capacity = Members.returnConsumedCapacity(request, constraints);
    Map<String, List<JsonNode>> tables = new LinkedHashMap<>();
    if (requestItems != null) {
      requestItems.forEach(
          (table, json) -> {
            List<JsonNode> writes = WireObject.list(json);
            constraints.notNull("requestItems." + table + ".member", writes);
            tables.put(table, writes);
          });
      JsonNode shown = request.raw("RequestItems");
      constraints
          .tableNameKeys("requestItems", shown, requestItems.keySet())
          .listValueSizes("requestItems", shown, tables.values(), 1, 25);
    }
    constraints.check();
    Map<String, List<WriteRequest>> writes = new LinkedHashMap<>();
    tables.forEach(
        (table, json) -> {
          List<WriteRequest> tableWrites = new ArrayList<>(json.size());
          json.forEach(write -> tableWrites.add(writeRequest(WireObject.structure(write))));
          writes.put(table, tableWrites);
        });
    BatchWriteItemResponse response =
        engine.batchWriteItem(new BatchWriteItemRequest(writes, capacity, metrics));

    ObjectNode json = WireResponses.object();
    ObjectNode unprocessed = json.putObject("UnprocessedItems");
    response
        .unprocessedItems()
        .forEach(
            (table, tableWrites) -> {
              ArrayNode list = unprocessed.putArray(table);
              tableWrites.forEach(write -> list.add(writeRequest(write)));
            });
    WireResponses.putCapacities(
        json, response.consumedCapacity(), WireResponses.CapacityFields.UNITS);
    WireResponses.putItemCollectionMetrics(json, response.itemCollectionMetrics());
    return json;
  }

  private static WriteRequest writeRequest(WireObject json) {
    WireObject put = json == null ? null : json.object("PutRequest");
    WireObject delete = json == null ? null : json.object("DeleteRequest");
    if ((put == null) == (delete == null)) {
      // DynamoDB reads a write request as a union and reports it in attribute-value words
      // [dynalite validations/batchWriteItem.js].
      throw new ValidationException(WireValues.MORE_THAN_ONE);
    }
    if (put != null) {
      Map<String, AttributeValue> item = WireValues.item(put.raw("Item"));
      new Constraints().notNull("requestItems.member.member.putRequest.item", item).check();
      return new WriteRequest.Put(item);
    }
    Map<String, AttributeValue> key = WireValues.item(delete.raw("Key"));
    new Constraints().notNull("requestItems.member.member.deleteRequest.key", key).check();
    return new WriteRequest.Delete(key);
  }

  private static ObjectNode writeRequest(WriteRequest write) {
    ObjectNode json = WireResponses.object();
    if (write instanceof WriteRequest.Put put) {
      json.putObject("PutRequest").set("Item", WireValues.item(put.item()));
    } else if (write instanceof WriteRequest.Delete delete) {
      json.putObject("DeleteRequest").set("Key", WireValues.item(delete.key()));
    }
    return json;
  }
}
