package io.keyspan.dynamodb;

import io.keyspan.engine.PageRequest;
import io.keyspan.engine.PageResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What a Query or Scan request sends beyond its own members (the index, the filter, the page, how
 * to read), and the members of its response that make a page. The SDK's two builders and two
 * responses have the same members but no common interfaces, so each one's accessors are listed once
 * here and the request is set, and the page read, in one place.
 */
record PageFields<B, R>(
    BiFunction<B, String, B> indexName,
    BiFunction<B, String, B> filterExpression,
    BiFunction<B, String, B> projectionExpression,
    BiFunction<B, Map<String, String>, B> expressionAttributeNames,
    BiFunction<B, Map<String, AttributeValue>, B> expressionAttributeValues,
    BiFunction<B, String, B> select,
    BiFunction<B, Integer, B> limit,
    BiFunction<B, Map<String, AttributeValue>, B> exclusiveStartKey,
    BiFunction<B, Boolean, B> consistentRead,
    BiFunction<B, String, B> returnConsumedCapacity,
    Function<R, List<Map<String, AttributeValue>>> items,
    Function<R, Integer> count,
    Function<R, Integer> scannedCount,
    Predicate<R> hasLastEvaluatedKey,
    Function<R, Map<String, AttributeValue>> lastEvaluatedKey,
    Function<R, ConsumedCapacity> consumedCapacity) {

  static final PageFields<QueryRequest.Builder, QueryResponse> QUERY =
      new PageFields<>(
          QueryRequest.Builder::indexName,
          QueryRequest.Builder::filterExpression,
          QueryRequest.Builder::projectionExpression,
          QueryRequest.Builder::expressionAttributeNames,
          QueryRequest.Builder::expressionAttributeValues,
          QueryRequest.Builder::select,
          QueryRequest.Builder::limit,
          QueryRequest.Builder::exclusiveStartKey,
          QueryRequest.Builder::consistentRead,
          QueryRequest.Builder::returnConsumedCapacity,
          QueryResponse::items,
          QueryResponse::count,
          QueryResponse::scannedCount,
          QueryResponse::hasLastEvaluatedKey,
          QueryResponse::lastEvaluatedKey,
          QueryResponse::consumedCapacity);

  static final PageFields<ScanRequest.Builder, ScanResponse> SCAN =
      new PageFields<>(
          ScanRequest.Builder::indexName,
          ScanRequest.Builder::filterExpression,
          ScanRequest.Builder::projectionExpression,
          ScanRequest.Builder::expressionAttributeNames,
          ScanRequest.Builder::expressionAttributeValues,
          ScanRequest.Builder::select,
          ScanRequest.Builder::limit,
          ScanRequest.Builder::exclusiveStartKey,
          ScanRequest.Builder::consistentRead,
          ScanRequest.Builder::returnConsumedCapacity,
          ScanResponse::items,
          ScanResponse::count,
          ScanResponse::scannedCount,
          ScanResponse::hasLastEvaluatedKey,
          ScanResponse::lastEvaluatedKey,
          ScanResponse::consumedCapacity);

  /**
   * Sets the page request's members on a builder, after the request's own expressions (a Query's
   * key condition) were rendered by {@code expressions}; members at DynamoDB's default are left
   * out.
   */
  B set(B builder, Expressions expressions, PageRequest request) {
    B indexed = indexName.apply(builder, request.indexName());
    B filtered = filterExpression.apply(indexed, expressions.condition(request.filter()));
    B projected =
        projectionExpression.apply(filtered, expressions.projection(request.projection()));
    B named = expressionAttributeNames.apply(projected, expressions.names());
    B valued = expressionAttributeValues.apply(named, expressions.values());
    B selected = select.apply(valued, request.select() == null ? null : request.select().name());
    B limited = limit.apply(selected, request.limit());
    B started =
        exclusiveStartKey.apply(
            limited,
            request.exclusiveStartKey() == null
                ? null
                : AttributeValues.toSdk(request.exclusiveStartKey()));
    B consistent = consistentRead.apply(started, request.consistentRead() ? Boolean.TRUE : null);
    return returnConsumedCapacity.apply(
        consistent, Requests.capacity(request.returnConsumedCapacity()));
  }

  /** The page in the SPI's terms; counts DynamoDB leaves out are zero. */
  PageResponse page(R response) {
    return new PageResponse(
        Responses.items(items.apply(response)),
        Responses.orZero(count.apply(response)),
        Responses.orZero(scannedCount.apply(response)),
        AttributeValues.fromSdkIfPresent(
            hasLastEvaluatedKey.test(response), lastEvaluatedKey.apply(response)),
        Responses.capacity(consumedCapacity.apply(response)));
  }
}
