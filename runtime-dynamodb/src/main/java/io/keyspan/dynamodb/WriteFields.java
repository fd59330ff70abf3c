package io.keyspan.dynamodb;

import io.keyspan.engine.WriteOptions;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The members PutItem, UpdateItem and DeleteItem requests share: the condition with the request's
 * placeholders, and what to return. The SDK's three builders have the same setters but no common
 * interface, so each builder's setters are listed once here and the options are set in one place.
 */
record WriteFields<B>(
    BiFunction<B, String, B> conditionExpression,
    BiFunction<B, Map<String, String>, B> expressionAttributeNames,
    BiFunction<B, Map<String, AttributeValue>, B> expressionAttributeValues,
    BiFunction<B, String, B> returnValues,
    BiFunction<B, String, B> returnValuesOnConditionCheckFailure,
    BiFunction<B, String, B> returnConsumedCapacity,
    BiFunction<B, String, B> returnItemCollectionMetrics) {

  static final WriteFields<PutItemRequest.Builder> PUT =
      new WriteFields<>(
          PutItemRequest.Builder::conditionExpression,
          PutItemRequest.Builder::expressionAttributeNames,
          PutItemRequest.Builder::expressionAttributeValues,
          PutItemRequest.Builder::returnValues,
          PutItemRequest.Builder::returnValuesOnConditionCheckFailure,
          PutItemRequest.Builder::returnConsumedCapacity,
          PutItemRequest.Builder::returnItemCollectionMetrics);

  static final WriteFields<UpdateItemRequest.Builder> UPDATE =
      new WriteFields<>(
          UpdateItemRequest.Builder::conditionExpression,
          UpdateItemRequest.Builder::expressionAttributeNames,
          UpdateItemRequest.Builder::expressionAttributeValues,
          UpdateItemRequest.Builder::returnValues,
          UpdateItemRequest.Builder::returnValuesOnConditionCheckFailure,
          UpdateItemRequest.Builder::returnConsumedCapacity,
          UpdateItemRequest.Builder::returnItemCollectionMetrics);

  static final WriteFields<DeleteItemRequest.Builder> DELETE =
      new WriteFields<>(
          DeleteItemRequest.Builder::conditionExpression,
          DeleteItemRequest.Builder::expressionAttributeNames,
          DeleteItemRequest.Builder::expressionAttributeValues,
          DeleteItemRequest.Builder::returnValues,
          DeleteItemRequest.Builder::returnValuesOnConditionCheckFailure,
          DeleteItemRequest.Builder::returnConsumedCapacity,
          DeleteItemRequest.Builder::returnItemCollectionMetrics);

  /**
   * Sets the options on a builder. The condition is rendered last, by the request's one {@link
   * Expressions}, so the placeholders set here cover every expression of the request; options at
   * DynamoDB's default are left out.
   */
  B set(B builder, Expressions expressions, WriteOptions options) {
    B withCondition =
        conditionExpression.apply(builder, expressions.condition(options.condition()));
    B withNames = expressionAttributeNames.apply(withCondition, expressions.names());
    B withValues = expressionAttributeValues.apply(withNames, expressions.values());
    B withReturn =
        returnValues.apply(withValues, Requests.orNull(options.returnValues().name(), "NONE"));
    B withFailure =
        returnValuesOnConditionCheckFailure.apply(
            withReturn,
            Requests.orNull(options.returnValuesOnConditionCheckFailure().name(), "NONE"));
    B withCapacity =
        returnConsumedCapacity.apply(
            withFailure, Requests.capacity(options.returnConsumedCapacity()));
    return returnItemCollectionMetrics.apply(
        withCapacity, Requests.metrics(options.returnItemCollectionMetrics()));
  }
}
