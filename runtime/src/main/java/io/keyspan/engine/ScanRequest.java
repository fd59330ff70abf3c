package io.keyspan.engine;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * Scan: every item of a table or index, a page at a time, optionally one segment of a parallel
 * scan.
 *
 * @param tableName the table
 * @param indexName the index to read; null for the table
 * @param filter applied after reading, before returning; null for none
 * @param projection the paths to return; null for all
 * @param select which attributes, or COUNT; null for the default
 * @param limit the maximum number of items to evaluate; null for no limit
 * @param exclusiveStartKey the LastEvaluatedKey of the previous page; null to start
 * @param segment this worker's segment, from 0; null for a whole scan
 * @param totalSegments the number of segments; null for a whole scan
 * @param consistentRead strongly consistent read (not on a GSI)
 * @param returnConsumedCapacity whether to report consumed capacity
 */
public record ScanRequest(
    String tableName,
    String indexName,
    Condition filter,
    Projection projection,
    Select select,
    Integer limit,
    Map<String, AttributeValue> exclusiveStartKey,
    Integer segment,
    Integer totalSegments,
    boolean consistentRead,
    ReturnConsumedCapacity returnConsumedCapacity)
    implements PageRequest {
  public ScanRequest {
    Objects.requireNonNull(tableName, "tableName");
    exclusiveStartKey = exclusiveStartKey == null ? null : Map.copyOf(exclusiveStartKey);
    returnConsumedCapacity = ReturnConsumedCapacity.orNone(returnConsumedCapacity);
  }

  /** A request with the required fields and every other field at its default. */
  public static Builder builder(String tableName) {
    return new Builder(tableName);
  }

  /** A builder starting from this request's fields. */
  public Builder toBuilder() {
    Builder builder = new Builder(tableName).from(this);
    builder.segment = segment;
    builder.totalSegments = totalSegments;
    return builder;
  }

  /** Builds a {@link ScanRequest}; unset fields keep DynamoDB's defaults. */
  public static final class Builder extends PageRequestBuilder<Builder> {
    private final String tableName;
    private Integer segment;
    private Integer totalSegments;

    private Builder(String tableName) {
      this.tableName = tableName;
    }

    public Builder segment(Integer segment) {
      this.segment = segment;
      return this;
    }

    public Builder totalSegments(Integer totalSegments) {
      this.totalSegments = totalSegments;
      return this;
    }

    public ScanRequest build() {
      return new ScanRequest(
          tableName,
          indexName,
          filter,
          projection,
          select,
          limit,
          exclusiveStartKey,
          segment,
          totalSegments,
          consistentRead,
          returnConsumedCapacity);
    }
  }
}
