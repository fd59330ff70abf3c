package io.keyspan.dynamodb;

import io.keyspan.engine.PageResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The members of a Query or Scan response that make a page. The SDK's two responses have the same
 * accessors but no common interface, so each response's accessors are listed once here and the page
 * is built in one place.
 */
record PageFields<R>(
    Function<R, List<Map<String, AttributeValue>>> items,
    Function<R, Integer> count,
    Function<R, Integer> scannedCount,
    Predicate<R> hasLastEvaluatedKey,
    Function<R, Map<String, AttributeValue>> lastEvaluatedKey,
    Function<R, ConsumedCapacity> consumedCapacity) {

  static final PageFields<QueryResponse> QUERY =
      new PageFields<>(
          QueryResponse::items,
          QueryResponse::count,
          QueryResponse::scannedCount,
          QueryResponse::hasLastEvaluatedKey,
          QueryResponse::lastEvaluatedKey,
          QueryResponse::consumedCapacity);

  static final PageFields<ScanResponse> SCAN =
      new PageFields<>(
          ScanResponse::items,
          ScanResponse::count,
          ScanResponse::scannedCount,
          ScanResponse::hasLastEvaluatedKey,
          ScanResponse::lastEvaluatedKey,
          ScanResponse::consumedCapacity);

  /** The page in the SPI's terms; counts DynamoDB leaves out are zero. */
  PageResponse page(R response) {
    Integer counted = count.apply(response);
    Integer scanned = scannedCount.apply(response);
    return new PageResponse(
        Responses.items(items.apply(response)),
        counted == null ? 0 : counted,
        scanned == null ? 0 : scanned,
        AttributeValues.fromSdkIfPresent(
            hasLastEvaluatedKey.test(response), lastEvaluatedKey.apply(response)),
        Responses.capacity(consumedCapacity.apply(response)));
  }
}
