package io.keyspan.engine;

import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * Query: the items of one partition of a table or index, in sort-key order.
 *
 * @param tableName the table
 * @param indexName the index to read; null for the table
 * @param keyCondition partition-key equality and an optional sort-key condition
 * @param filter applied after reading, before returning; null for none
 * @param projection the paths to return; null for all
 * @param select which attributes, or COUNT; null for the default
 * @param limit the maximum number of items to evaluate; null for no limit
 * @param exclusiveStartKey the LastEvaluatedKey of the previous page; null to start
 * @param scanIndexForward ascending sort-key order when true
 * @param consistentRead strongly consistent read (not on a GSI)
 * @param returnConsumedCapacity whether to report consumed capacity
 */
public record QueryRequest(
    String tableName,
    String indexName,
    KeyCondition keyCondition,
    Condition filter,
    Projection projection,
    Select select,
    Integer limit,
    Map<String, AttributeValue> exclusiveStartKey,
    boolean scanIndexForward,
    boolean consistentRead,
    ReturnConsumedCapacity returnConsumedCapacity)
    implements PageRequest {
  public QueryRequest {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(keyCondition, "keyCondition");
    exclusiveStartKey = exclusiveStartKey == null ? null : Map.copyOf(exclusiveStartKey);
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
  }

  /** A request with the required fields and every other field at its default. */
  public static Builder builder(String tableName, KeyCondition keyCondition) {
    return new Builder(tableName, keyCondition);
  }

  /** A builder starting from this request's fields. */
  public Builder toBuilder() {
    Builder builder = new Builder(tableName, keyCondition).from(this);
    builder.scanIndexForward = scanIndexForward;
    return builder;
  }

  /** Builds a {@link QueryRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder extends PageRequestBuilder<Builder> {
    private final String tableName;
    private final KeyCondition keyCondition;
    private boolean scanIndexForward = true;

    private Builder(String tableName, KeyCondition keyCondition) {
      this.tableName = tableName;
      this.keyCondition = keyCondition;
    }

    public Builder scanIndexForward(boolean scanIndexForward) {
      this.scanIndexForward = scanIndexForward;
      return this;
    }

    public QueryRequest build() {
      return new QueryRequest(
          tableName,
          indexName,
          keyCondition,
          filter,
          projection,
          select,
          limit,
          exclusiveStartKey,
          scanIndexForward,
          consistentRead,
          returnConsumedCapacity);
    }
  }
}
