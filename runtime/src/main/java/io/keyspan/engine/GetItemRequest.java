package io.keyspan.engine;

import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * GetItem: reads one item by its full primary key.
 *
 * @param tableName the table
 * @param key exactly the key attributes
 * @param projection the paths to return; null for the whole item
 * @param consistentRead strongly consistent read (costs twice as much)
 * @param returnConsumedCapacity whether to report consumed capacity
 */
public record GetItemRequest(
    String tableName,
    Map<String, AttributeValue> key,
    Projection projection,
    boolean consistentRead,
    ReturnConsumedCapacity returnConsumedCapacity)
    implements ReadRequest {
  public GetItemRequest {
    key = ItemKeys.copy(tableName, key);
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
  }

  /** A request with the required fields and every other field at its default. */
  public static Builder builder(String tableName, Map<String, AttributeValue> key) {
    return new Builder(tableName, key);
  }

  /** A builder starting from this request's fields. */
  public Builder toBuilder() {
    return new Builder(tableName, key).from(this);
  }

  /** Builds a {@link GetItemRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder extends ReadRequestBuilder<Builder> {
    private final String tableName;
    private final Map<String, AttributeValue> key;

    private Builder(String tableName, Map<String, AttributeValue> key) {
      this.tableName = tableName;
      this.key = key;
    }

    public GetItemRequest build() {
      return new GetItemRequest(tableName, key, projection, consistentRead, returnConsumedCapacity);
    }
  }
}
