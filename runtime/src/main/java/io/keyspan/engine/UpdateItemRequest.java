package io.keyspan.engine;

import io.keyspan.expression.UpdateExpression;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * UpdateItem: edits one item in place, creating it when absent (an upsert).
 *
 * @param tableName the table
 * @param key exactly the key attributes
 * @param update the actions; null creates or keeps the item with its key only
 * @param options the condition and what to return of the item
 */
public record UpdateItemRequest(
    String tableName,
    Map<String, AttributeValue> key,
    UpdateExpression update,
    WriteOptions options) {
  public UpdateItemRequest {
    key = ItemKeys.copy(tableName, key);
    options = WriteOptions.orDefaults(options);
  }

  /**
   * An upsert of the key alone, unconditional and returning nothing; the builder adds actions and
   * options.
   */
  public static Builder builder(String tableName, Map<String, AttributeValue> key) {
    return new Builder(tableName, key);
  }

  /** A builder starting from this request's key, actions and options. */
  public Builder toBuilder() {
    return new Builder(tableName, key).update(update).options(options);
  }

  /** Builds a {@link UpdateItemRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder extends WriteOptions.Builder<Builder> {
    private final String tableName;
    private final Map<String, AttributeValue> key;
    private UpdateExpression update;

    private Builder(String tableName, Map<String, AttributeValue> key) {
      this.tableName = tableName;
      this.key = key;
    }

    public Builder update(UpdateExpression update) {
      this.update = update;
      return this;
    }

    public UpdateItemRequest build() {
      return new UpdateItemRequest(tableName, key, update, options());
    }
  }
}
