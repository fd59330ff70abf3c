package io.keyspan.benchmarks.cold;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * A DynamoDB client that keeps put items in a map and answers gets from it: a client library's own
 * work (the Enhanced Client's, or Keyspan's AWS SDK engine's), without network, credentials or HTTP
 * client start-up.
 */
public final class StubDynamoDbClient implements DynamoDbClient {
  private final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items =
      new HashMap<>();

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    items.put(Map.of("Id", request.item().get("Id")), request.item());
    return PutItemResponse.builder().build();
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return GetItemResponse.builder().item(items.get(request.key())).build();
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}
}
