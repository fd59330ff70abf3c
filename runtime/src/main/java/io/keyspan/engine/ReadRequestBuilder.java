package io.keyspan.engine;

import io.keyspan.expression.Projection;

/**
 * The setters that GetItem, Query and Scan request builders share: which paths to return, how
 * consistent a read, whether to report capacity. Unset fields keep DynamoDB's defaults.
 *
 * @param <B> the request's builder, returned by every setter
 */
public abstract class ReadRequestBuilder<B extends ReadRequestBuilder<B>> {
  Projection projection;
  boolean consistentRead = false;
  ReturnConsumedCapacity returnConsumedCapacity;

  ReadRequestBuilder() {}

  /** Starts from {@code request}'s read settings, as a request's {@code toBuilder()} does. */
  B from(ReadRequest request) {
    projection = request.projection();
    consistentRead = request.consistentRead();
    returnConsumedCapacity = request.returnConsumedCapacity();
    return self();
  }

  public B projection(Projection projection) {
    this.projection = projection;
    return self();
  }

  public B consistentRead(boolean consistentRead) {
    this.consistentRead = consistentRead;
    return self();
  }

  public B returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
    this.returnConsumedCapacity = returnConsumedCapacity;
    return self();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
