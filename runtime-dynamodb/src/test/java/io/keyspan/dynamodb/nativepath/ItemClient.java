package io.keyspan.dynamodb.nativepath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * An SDK client that keeps the PutItem requests it receives, answers GetItem with the item a test
 * stores in {@link #stored} (none when null), Query and Scan with one last page of {@link #page},
 * UpdateItem and DeleteItem with {@link #stored} as the returned attributes, keeps the items of
 * BatchWriteItem's puts (processing them all), and throws {@link #failure} from PutItem when set.
 */
final class ItemClient implements DynamoDbClient {
  final List<PutItemRequest> puts = new ArrayList<>();
  final List<Map<String, AttributeValue>> batchPuts = new ArrayList<>();
  Map<String, AttributeValue> stored;
  List<Map<String, AttributeValue>> page = List.of();
  RuntimeException failure;

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    puts.add(request);
    if (failure != null) {
      throw failure;
    }
    return PutItemResponse.builder().build();
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return stored == null
        ? GetItemResponse.builder().build()
        : GetItemResponse.builder().item(stored).build();
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    return QueryResponse.builder().items(page).count(page.size()).scannedCount(page.size()).build();
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    return ScanResponse.builder().items(page).count(page.size()).scannedCount(page.size()).build();
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return UpdateItemResponse.builder().attributes(stored).build();
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    return DeleteItemResponse.builder().attributes(stored).build();
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    request.requestItems().values().stream()
        .flatMap(List::stream)
        .map(WriteRequest::putRequest)
        .forEach(put -> batchPuts.add(put.item()));
    return BatchWriteItemResponse.builder().unprocessedItems(Map.of()).build();
  }

  /** The item of the only PutItem request. */
  Map<String, AttributeValue> putItem() {
    return onlyPut().item();
  }

  PutItemRequest onlyPut() {
    if (puts.size() != 1) {
      throw new AssertionError("expected one PutItem, got " + puts);
    }
    return puts.get(0);
  }

  @Override
  public String serviceName() {
    return "dynamodb";
  }

  @Override
  public void close() {}
}
