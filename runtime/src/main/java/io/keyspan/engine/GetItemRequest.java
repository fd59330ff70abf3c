package io.keyspan.engine;

import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

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
    ReturnConsumedCapacity returnConsumedCapacity) {
  public GetItemRequest {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(key, "key");
    key = Map.copyOf(key);
    returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
  }

  /** A request with the required fields and every other field at its default. */
  public static Builder builder(String tableName, Map<String, AttributeValue> key) {
    return new Builder(tableName, key);
  }

  /** A builder starting from this request's fields. */
  public Builder toBuilder() {
    Builder builder = new Builder(tableName, key);
    builder.projection = projection;
    builder.consistentRead = consistentRead;
    builder.returnConsumedCapacity = returnConsumedCapacity;
    return builder;
  }

  /** Builds a {@link GetItemRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder {
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private Projection projection;
    private boolean consistentRead = false;
    private ReturnConsumedCapacity returnConsumedCapacity;

    private Builder(String tableName, Map<String, AttributeValue> key) {
      this.tableName = tableName;
      this.key = key;
    }

    public Builder projection(Projection projection) {
      this.projection = projection;
      return this;
    }

    public Builder consistentRead(boolean consistentRead) {
      this.consistentRead = consistentRead;
      return this;
    }

    public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
      this.returnConsumedCapacity = returnConsumedCapacity;
      return this;
    }

    public GetItemRequest build() {
      return new GetItemRequest(tableName, key, projection, consistentRead, returnConsumedCapacity);
    }
  }
}
