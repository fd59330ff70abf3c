package io.keyspan.repository;

import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import java.math.BigDecimal;
import java.util.Optional;

/** DeleteItem by key; returns the deleted item, if there was one. */
public final class DeleteOperation<T> implements TransactionalWrite {
  private final TableRepository<T> repository;
  private final Key<T> key;
  private final Condition planned;
  private final Optional<BigDecimal> expectedVersion;
  private Condition condition;

  DeleteOperation(
      TableRepository<T> repository,
      Key<T> key,
      Condition planned,
      Optional<BigDecimal> expectedVersion) {
    this.repository = repository;
    this.key = key;
    this.planned = planned;
    this.expectedVersion = expectedVersion;
  }

  /** A condition the stored item must meet for the delete to happen. */
  public DeleteOperation<T> when(Condition condition) {
    this.condition = Conditions.and(this.condition, condition);
    return this;
  }

  public DeleteItemRequest request() {
    return DeleteItemRequest.builder(repository.tableName(), key.values())
        .condition(Conditions.and(planned, condition))
        .returnValues(ReturnValue.ALL_OLD)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
  }

  public Explanation explain() {
    DeleteItemRequest request = request();
    return new Explainer()
        .condition(ExpressionKind.CONDITION, request.options().condition())
        .explain("DeleteItem", request, repository.tableName(), null);
  }

  public Optional<T> execute() {
    DeleteItemRequest request = request();
    return Locking.run(
        repository.planner(),
        planned != null,
        expectedVersion,
        () -> repository.definition().describe(key.values()),
        () ->
            repository
                .engine()
                .deleteItem(request)
                .attributesIfAny()
                .map(repository.schema()::read));
  }

  @Override
  public TransactWriteItem toTransactWriteItem() {
    DeleteItemRequest request = request();
    return new TransactWriteItem.Delete(
        request.tableName(), request.key(), request.options().condition(), null);
  }
}
