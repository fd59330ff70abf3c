package io.keyspan.engine;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.NativeItem;
import java.util.Map;
import java.util.Objects;

/**
 * PutItem: creates or replaces a whole item, optionally under a condition.
 *
 * @param tableName the table
 * @param item the whole item, key attributes included
 * @param options the condition and what to return (returnValues: NONE or ALL_OLD)
 */
public record PutItemRequest(
    String tableName, Map<String, AttributeValue> item, WriteOptions options) {
  public PutItemRequest {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(item, "item");
    item = NativeItem.copyOf(item);
    options = WriteOptions.orDefaults(options);
  }

  /** An unconditional put that returns nothing; the builder adds options. */
  public static Builder builder(String tableName, Map<String, AttributeValue> item) {
    return new Builder(tableName, item);
  }

  /** A builder starting from this request's item and options. */
  public Builder toBuilder() {
    return new Builder(tableName, item).options(options);
  }

  /** Builds a {@link PutItemRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder extends WriteOptions.Builder<Builder> {
    private final String tableName;
    private final Map<String, AttributeValue> item;

    private Builder(String tableName, Map<String, AttributeValue> item) {
      this.tableName = tableName;
      this.item = item;
    }

    public PutItemRequest build() {
      return new PutItemRequest(tableName, item, options());
    }
  }
}
