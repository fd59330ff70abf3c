package io.keyspan.engine;

import io.keyspan.expression.Condition;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * The setters that Query and Scan request builders share beside those of every read: the index, the
 * filter, what to select and where a page starts and ends.
 *
 * @param <B> the request's builder, returned by every setter
 */
public abstract class PageRequestBuilder<B extends PageRequestBuilder<B>>
    extends ReadRequestBuilder<B> {
  String indexName;
  Condition filter;
  Select select;
  Integer limit;
  Map<String, AttributeValue> exclusiveStartKey;

  PageRequestBuilder() {}

  /** Starts from {@code request}'s read and page settings. */
  B from(PageRequest request) {
    indexName = request.indexName();
    filter = request.filter();
    select = request.select();
    limit = request.limit();
    exclusiveStartKey = request.exclusiveStartKey();
    return from((ReadRequest) request);
  }

  public B indexName(String indexName) {
    this.indexName = indexName;
    return self();
  }

  public B filter(Condition filter) {
    this.filter = filter;
    return self();
  }

  public B select(Select select) {
    this.select = select;
    return self();
  }

  public B limit(Integer limit) {
    this.limit = limit;
    return self();
  }

  public B exclusiveStartKey(Map<String, AttributeValue> exclusiveStartKey) {
    this.exclusiveStartKey = exclusiveStartKey;
    return self();
  }
}
