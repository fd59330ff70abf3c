package io.keyspan.dynamodb;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnItemCollectionMetrics;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteRequest;
import io.keyspan.value.NativeItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.Builder;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Translates the SPI's item requests into the SDK's, field by field. Every expression of a request
 * is rendered by one {@link Expressions}, so its placeholders are unique within the request. Fields
 * at DynamoDB's default are left out, as an SDK user would leave them.
 */
final class Requests {
  private Requests() {}

  static software.amazon.awssdk.services.dynamodb.model.PutItemRequest putItem(
      PutItemRequest request) {
    var builder =
        software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder()
            .tableName(request.tableName())
            .item(NativeItem.encode(request.item(), SdkValueCodec.instance()));
    return WriteFields.PUT.set(builder, new Expressions(), request.options()).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.GetItemRequest getItem(
      GetItemRequest request) {
    Expressions expressions = new Expressions();
    return software.amazon.awssdk.services.dynamodb.model.GetItemRequest.builder()
        .tableName(request.tableName())
        .key(AttributeValues.toSdk(request.key()))
        .projectionExpression(expressions.projection(request.projection()))
        .expressionAttributeNames(expressions.names())
        .consistentRead(request.consistentRead() ? Boolean.TRUE : null)
        .returnConsumedCapacity(capacity(request.returnConsumedCapacity()))
        .build();
  }

  static software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest updateItem(
      UpdateItemRequest request) {
    Expressions expressions = new Expressions();
    var builder =
        software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder()
            .tableName(request.tableName())
            .key(AttributeValues.toSdk(request.key()))
            .updateExpression(expressions.update(request.update()));
    return WriteFields.UPDATE.set(builder, expressions, request.options()).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest deleteItem(
      DeleteItemRequest request) {
    var builder =
        software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest.builder()
            .tableName(request.tableName())
            .key(AttributeValues.toSdk(request.key()));
    return WriteFields.DELETE.set(builder, new Expressions(), request.options()).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.QueryRequest query(QueryRequest request) {
    Expressions expressions = new Expressions();
    var builder =
        software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
            .tableName(request.tableName())
            .keyConditionExpression(expressions.keyCondition(request.keyCondition()))
            .scanIndexForward(request.scanIndexForward() ? null : Boolean.FALSE);
    return PageFields.QUERY.set(builder, expressions, request).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.ScanRequest scan(ScanRequest request) {
    var builder =
        software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder()
            .tableName(request.tableName())
            .segment(request.segment())
            .totalSegments(request.totalSegments());
    return PageFields.SCAN.set(builder, new Expressions(), request).build();
  }

  // ---------------------------------------------------------------- batches

  static Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes>
      keysAndAttributes(BatchGetItemRequest request) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes> perTable =
        new LinkedHashMap<>();
    request.requestItems().forEach((table, keys) -> perTable.put(table, toSdk(keys)));
    return perTable;
  }

  private static software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes toSdk(
      KeysAndAttributes keys) {
    Expressions expressions = new Expressions();
    return software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
        .keys(keys.keys().stream().map(AttributeValues::toSdk).toList())
        .projectionExpression(expressions.projection(keys.projection()))
        .expressionAttributeNames(expressions.names())
        .consistentRead(keys.consistentRead() ? Boolean.TRUE : null)
        .build();
  }

  static Map<String, List<software.amazon.awssdk.services.dynamodb.model.WriteRequest>>
      writeRequests(Map<String, List<WriteRequest>> requestItems) {
    Map<String, List<software.amazon.awssdk.services.dynamodb.model.WriteRequest>> perTable =
        new LinkedHashMap<>();
    requestItems.forEach(
        (table, writes) -> perTable.put(table, writes.stream().map(Requests::toSdk).toList()));
    return perTable;
  }

  private static software.amazon.awssdk.services.dynamodb.model.WriteRequest toSdk(
      WriteRequest write) {
    var builder = software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder();
    if (write instanceof WriteRequest.Put put) {
      builder.putRequest(
          PutRequest.builder()
              .item(NativeItem.encode(put.item(), SdkValueCodec.instance()))
              .build());
    } else {
      builder.deleteRequest(
          DeleteRequest.builder()
              .key(AttributeValues.toSdk(((WriteRequest.Delete) write).key()))
              .build());
    }
    return builder.build();
  }

  // ---------------------------------------------------------------- transactions

  static software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest
      transactWriteItems(TransactWriteItemsRequest request) {
    return software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest.builder()
        .transactItems(request.transactItems().stream().map(Requests::toSdk).toList())
        .clientRequestToken(request.clientRequestToken())
        .returnConsumedCapacity(capacity(request.returnConsumedCapacity()))
        .returnItemCollectionMetrics(metrics(request.returnItemCollectionMetrics()))
        .build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.TransactWriteItem toSdk(
      TransactWriteItem action) {
    Expressions expressions = new Expressions();
    Builder builder = software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder();
    var onFailure = action.returnValuesOnConditionCheckFailure();
    if (action instanceof TransactWriteItem.Put put) {
      var member = Put.builder().tableName(put.tableName()).item(AttributeValues.toSdk(put.item()));
      builder.put(ConditionFields.PUT.set(member, expressions, put.condition(), onFailure).build());
    } else if (action instanceof TransactWriteItem.Update update) {
      var member =
          Update.builder()
              .tableName(update.tableName())
              .key(AttributeValues.toSdk(update.key()))
              .updateExpression(expressions.update(update.update()));
      builder.update(
          ConditionFields.UPDATE.set(member, expressions, update.condition(), onFailure).build());
    } else if (action instanceof TransactWriteItem.Delete delete) {
      var member =
          Delete.builder().tableName(delete.tableName()).key(AttributeValues.toSdk(delete.key()));
      builder.delete(
          ConditionFields.DELETE.set(member, expressions, delete.condition(), onFailure).build());
    } else {
      TransactWriteItem.ConditionCheck check = (TransactWriteItem.ConditionCheck) action;
      var member =
          ConditionCheck.builder()
              .tableName(check.tableName())
              .key(AttributeValues.toSdk(check.key()));
      builder.conditionCheck(
          ConditionFields.CONDITION_CHECK
              .set(member, expressions, check.condition(), onFailure)
              .build());
    }
    return builder.build();
  }

  static software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest transactGetItems(
      TransactGetItemsRequest request) {
    return software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest.builder()
        .transactItems(request.transactItems().stream().map(Requests::toSdk).toList())
        .returnConsumedCapacity(capacity(request.returnConsumedCapacity()))
        .build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.TransactGetItem toSdk(
      TransactGetItem read) {
    Expressions expressions = new Expressions();
    return software.amazon.awssdk.services.dynamodb.model.TransactGetItem.builder()
        .get(
            Get.builder()
                .tableName(read.tableName())
                .key(AttributeValues.toSdk(read.key()))
                .projectionExpression(expressions.projection(read.projection()))
                .expressionAttributeNames(expressions.names())
                .build())
        .build();
  }

  // ---------------------------------------------------------------- defaults

  static String capacity(ReturnConsumedCapacity returnConsumedCapacity) {
    return orNull(returnConsumedCapacity.name(), "NONE");
  }

  static String metrics(ReturnItemCollectionMetrics returnItemCollectionMetrics) {
    return orNull(returnItemCollectionMetrics.name(), "NONE");
  }

  /** Leaves a field at DynamoDB's default out of the request. */
  static String orNull(String value, String defaultValue) {
    return value.equals(defaultValue) ? null : value;
  }
}
