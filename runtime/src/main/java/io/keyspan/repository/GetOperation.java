package io.keyspan.repository;

import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.expression.Projection;
import io.keyspan.schema.TypedAttribute;
import java.util.Arrays;
import java.util.Optional;

/** GetItem by primary key: {@code users.getOperation("123").consistentRead().execute()}. */
public final class GetOperation<T> {
  private final TableRepository<T> repository;
  private final Key<T> key;
  private boolean consistentRead;
  private Projection projection;

  GetOperation(TableRepository<T> repository, Key<T> key) {
    this.repository = repository;
    this.key = key;
  }

  /** A strongly consistent read (twice the read cost). */
  public GetOperation<T> consistentRead() {
    this.consistentRead = true;
    return this;
  }

  /** Only these attributes; the others read as null. */
  public GetOperation<T> project(TypedAttribute<?>... attributes) {
    this.projection = new Projection(Arrays.stream(attributes).map(TypedAttribute::path).toList());
    return this;
  }

  public GetItemRequest request() {
    return GetItemRequest.builder(repository.tableName(), key.values())
        .projection(projection)
        .consistentRead(consistentRead)
        .build();
  }

  public Explanation explain() {
    return new Explainer()
        .projection(projection)
        .explain("GetItem", request(), repository.tableName(), null);
  }

  public Optional<T> execute() {
    return repository.engine().getItem(request()).itemIfAny().map(repository.schema()::read);
  }

  TransactGetItem toTransactGetItem() {
    return new TransactGetItem(repository.tableName(), key.values(), projection);
  }
}
