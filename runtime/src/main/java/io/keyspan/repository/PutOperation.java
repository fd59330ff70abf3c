package io.keyspan.repository;

import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.value.AttributeValue;
import java.util.Objects;

/**
 * PutItem of a whole item, with the version, counters and timestamps planned in. The clock is read
 * once, when the operation is created, so {@link #explain()} shows what {@link #execute()} sends.
 */
public final class PutOperation<T> implements TransactionalWrite {
  private final TableRepository<T> repository;
  private final WritePlanner.PlannedPut<AttributeValue> planned;
  private Condition condition;

  PutOperation(TableRepository<T> repository, T item) {
    this.repository = repository;
    this.planned = repository.plannedPut(Objects.requireNonNull(item, "item"), repository.now());
  }

  /**
   * An extra condition the stored item must meet, such as {@code UserSchema.USER_ID.notExists()}.
   */
  public PutOperation<T> when(Condition condition) {
    this.condition = Conditions.and(this.condition, condition);
    return this;
  }

  public PutItemRequest request() {
    return PutItemRequest.builder(repository.tableName(), planned.item())
        .condition(Conditions.and(planned.condition(), condition))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
  }

  public Explanation explain() {
    PutItemRequest request = request();
    return new Explainer()
        .condition(ExpressionKind.CONDITION, request.options().condition())
        .explain("PutItem", request, repository.tableName(), null);
  }

  /** Stores the item and returns it as stored. */
  public T execute() {
    PutItemRequest request = request();
    return Locking.run(
        repository.planner(),
        repository.definition().versionAttribute().isPresent(),
        planned.expectedVersion(),
        () -> repository.definition().describe(planned.item()),
        () -> {
          try {
            repository.engine().putItem(request);
          } catch (ValidationException e) {
            throw ItemTooLarge.detailed(e, repository.definition(), planned.item());
          }
          return repository.schema().read(planned.item());
        });
  }

  @Override
  public TransactWriteItem toTransactWriteItem() {
    PutItemRequest request = request();
    return new TransactWriteItem.Put(
        request.tableName(), request.item(), request.options().condition(), null);
  }
}
