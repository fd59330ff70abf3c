package io.keyspan.dynamodb;

import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.expression.Condition;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The members every conditional write carries, single or in a transaction: the condition, the
 * request's placeholders and what to return when the condition fails. The SDK's seven builders have
 * the same setters but no common interface, so each builder's setters are listed once here and the
 * members are set in one place.
 */
record ConditionFields<B>(
    BiFunction<B, String, B> conditionExpression,
    BiFunction<B, Map<String, String>, B> expressionAttributeNames,
    BiFunction<B, Map<String, AttributeValue>, B> expressionAttributeValues,
    BiFunction<B, String, B> returnValuesOnConditionCheckFailure) {

  static final ConditionFields<PutItemRequest.Builder> PUT_ITEM =
      new ConditionFields<>(
          PutItemRequest.Builder::conditionExpression,
          PutItemRequest.Builder::expressionAttributeNames,
          PutItemRequest.Builder::expressionAttributeValues,
          PutItemRequest.Builder::returnValuesOnConditionCheckFailure);

  static final ConditionFields<UpdateItemRequest.Builder> UPDATE_ITEM =
      new ConditionFields<>(
          UpdateItemRequest.Builder::conditionExpression,
          UpdateItemRequest.Builder::expressionAttributeNames,
          UpdateItemRequest.Builder::expressionAttributeValues,
          UpdateItemRequest.Builder::returnValuesOnConditionCheckFailure);

  static final ConditionFields<DeleteItemRequest.Builder> DELETE_ITEM =
      new ConditionFields<>(
          DeleteItemRequest.Builder::conditionExpression,
          DeleteItemRequest.Builder::expressionAttributeNames,
          DeleteItemRequest.Builder::expressionAttributeValues,
          DeleteItemRequest.Builder::returnValuesOnConditionCheckFailure);

  static final ConditionFields<Put.Builder> PUT =
      new ConditionFields<>(
          Put.Builder::conditionExpression,
          Put.Builder::expressionAttributeNames,
          Put.Builder::expressionAttributeValues,
          Put.Builder::returnValuesOnConditionCheckFailure);

  static final ConditionFields<Update.Builder> UPDATE =
      new ConditionFields<>(
          Update.Builder::conditionExpression,
          Update.Builder::expressionAttributeNames,
          Update.Builder::expressionAttributeValues,
          Update.Builder::returnValuesOnConditionCheckFailure);

  static final ConditionFields<Delete.Builder> DELETE =
      new ConditionFields<>(
          Delete.Builder::conditionExpression,
          Delete.Builder::expressionAttributeNames,
          Delete.Builder::expressionAttributeValues,
          Delete.Builder::returnValuesOnConditionCheckFailure);

  static final ConditionFields<ConditionCheck.Builder> CONDITION_CHECK =
      new ConditionFields<>(
          ConditionCheck.Builder::conditionExpression,
          ConditionCheck.Builder::expressionAttributeNames,
          ConditionCheck.Builder::expressionAttributeValues,
          ConditionCheck.Builder::returnValuesOnConditionCheckFailure);

  /**
   * Sets the members on a builder. The condition is rendered last, by the request's one {@link
   * Expressions}, so the placeholders set here cover every expression of the request; a failure
   * return at DynamoDB's default is left out.
   */
  B set(
      B builder,
      Expressions expressions,
      Condition condition,
      ReturnValuesOnConditionCheckFailure onFailure) {
    B withCondition = conditionExpression.apply(builder, expressions.condition(condition));
    B withNames = expressionAttributeNames.apply(withCondition, expressions.names());
    B withValues = expressionAttributeValues.apply(withNames, expressions.values());
    return returnValuesOnConditionCheckFailure.apply(
        withValues, Requests.orNull(onFailure.name(), "NONE"));
  }
}
