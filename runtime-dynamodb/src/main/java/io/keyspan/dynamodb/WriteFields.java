package io.keyspan.dynamodb;

import io.keyspan.engine.WriteOptions;
import io.keyspan.engine.WriteResponse;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * What a PutItem, UpdateItem or DeleteItem request sends beyond its key and changes (the condition
 * and what to return), and what its response brings back. The SDK's three builders and three
 * responses have the same members but no common interfaces, so each one's accessors are listed once
 * here and the options are set, and the answers read, in one place.
 */
record WriteFields<B, R>(
    ConditionFields<B> condition,
    BiFunction<B, String, B> returnValues,
    BiFunction<B, String, B> returnConsumedCapacity,
    BiFunction<B, String, B> returnItemCollectionMetrics,
    Predicate<R> hasAttributes,
    Function<R, Map<String, AttributeValue>> attributes,
    Function<R, ConsumedCapacity> consumedCapacity,
    Function<R, ItemCollectionMetrics> itemCollectionMetrics) {

  static final WriteFields<PutItemRequest.Builder, PutItemResponse> PUT =
      new WriteFields<>(
          ConditionFields.PUT_ITEM,
          PutItemRequest.Builder::returnValues,
          PutItemRequest.Builder::returnConsumedCapacity,
          PutItemRequest.Builder::returnItemCollectionMetrics,
          PutItemResponse::hasAttributes,
          PutItemResponse::attributes,
          PutItemResponse::consumedCapacity,
          PutItemResponse::itemCollectionMetrics);

  static final WriteFields<UpdateItemRequest.Builder, UpdateItemResponse> UPDATE =
      new WriteFields<>(
          ConditionFields.UPDATE_ITEM,
          UpdateItemRequest.Builder::returnValues,
          UpdateItemRequest.Builder::returnConsumedCapacity,
          UpdateItemRequest.Builder::returnItemCollectionMetrics,
          UpdateItemResponse::hasAttributes,
          UpdateItemResponse::attributes,
          UpdateItemResponse::consumedCapacity,
          UpdateItemResponse::itemCollectionMetrics);

  static final WriteFields<DeleteItemRequest.Builder, DeleteItemResponse> DELETE =
      new WriteFields<>(
          ConditionFields.DELETE_ITEM,
          DeleteItemRequest.Builder::returnValues,
          DeleteItemRequest.Builder::returnConsumedCapacity,
          DeleteItemRequest.Builder::returnItemCollectionMetrics,
          DeleteItemResponse::hasAttributes,
          DeleteItemResponse::attributes,
          DeleteItemResponse::consumedCapacity,
          DeleteItemResponse::itemCollectionMetrics);

  /**
   * Sets the options on a builder, after the request's other expressions were rendered by {@code
   * expressions}; options at DynamoDB's default are left out.
   */
  B set(B builder, Expressions expressions, WriteOptions options) {
    B conditional =
        condition.set(
            builder,
            expressions,
            options.condition(),
            options.returnValuesOnConditionCheckFailure());
    B withReturn =
        returnValues.apply(conditional, Requests.orNull(options.returnValues().name(), "NONE"));
    B withCapacity =
        returnConsumedCapacity.apply(
            withReturn, Requests.capacity(options.returnConsumedCapacity()));
    return returnItemCollectionMetrics.apply(
        withCapacity, Requests.metrics(options.returnItemCollectionMetrics()));
  }

  /** The answer in the SPI's terms: the returned attributes, the capacity, the metrics. */
  WriteResponse response(R response) {
    ItemCollectionMetrics metrics = itemCollectionMetrics.apply(response);
    return new WriteResponse(
        AttributeValues.heldIfPresent(hasAttributes.test(response), attributes.apply(response)),
        Responses.capacity(consumedCapacity.apply(response)),
        metrics == null ? null : Responses.metrics(metrics));
  }
}
