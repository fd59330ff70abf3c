package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * DeleteItem: removes one item by its key, optionally under a condition.
 *
 * @param tableName the table
 * @param key exactly the key attributes
 * @param options the condition and what to return (returnValues: NONE or ALL_OLD)
 */
public record DeleteItemRequest(
    String tableName, Map<String, AttributeValue> key, WriteOptions options) {
  public DeleteItemRequest {
    key = ItemKeys.copy(tableName, key);
    options = WriteOptions.orDefaults(options);
  }

  /** An unconditional delete that returns nothing; the builder adds options. */
  public static Builder builder(String tableName, Map<String, AttributeValue> key) {
    return new Builder(tableName, key);
  }

  /** A builder starting from this request's key and options. */
  public Builder toBuilder() {
    return new Builder(tableName, key).options(options);
  }

  /** Builds a {@link DeleteItemRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder extends WriteOptions.Builder<Builder> {
    private final String tableName;
    private final Map<String, AttributeValue> key;

    private Builder(String tableName, Map<String, AttributeValue> key) {
      this.tableName = tableName;
      this.key = key;
    }

    public DeleteItemRequest build() {
      return new DeleteItemRequest(tableName, key, options());
    }
  }
}
