package io.keyspan.repository;

import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.schema.ListAttribute;
import io.keyspan.schema.MemberLayout;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.NumberAttribute;
import io.keyspan.schema.SetAttribute;
import io.keyspan.schema.TypedAttribute;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * UpdateItem with typed actions. Which actions an attribute accepts follows from its type: {@code
 * add} takes numbers and sets, {@code delete} sets, {@code append} lists.
 *
 * <pre>{@code
 * users.update("123").set(UserSchema.AGE, 26).add(UserSchema.TAGS, Set.of("new"))
 *     .when(UserSchema.AGE.lt(26)).execute();
 * }</pre>
 *
 * <p>The version, counters and timestamps are planned in; {@link #expectVersion} adds the
 * optimistic-locking condition. Returns the item as stored after the update.
 */
public final class UpdateOperation<T> implements TransactionalWrite {
  private final TableRepository<T> repository;
  private final Key<T> key;
  private final List<UpdateExpression.SetAction> set = new ArrayList<>();
  private final List<Path> remove = new ArrayList<>();
  private final List<UpdateExpression.AddAction> add = new ArrayList<>();
  private final List<UpdateExpression.DeleteAction> delete = new ArrayList<>();
  private final List<UpdateExpression.SetAction> planned;
  // The Java values this update sets (null: removes) and the attributes it computes, by attribute:
  // a member schema renders the index keys built from them into the same update.
  private final Map<String, Object> assigned = new LinkedHashMap<>();
  private final Set<String> computed = new LinkedHashSet<>();
  private Condition condition;
  private Optional<BigDecimal> expectedVersion = Optional.empty();

  UpdateOperation(TableRepository<T> repository, Key<T> key) {
    this.repository = repository;
    this.key = key;
    this.planned = repository.planner().update(repository.now());
  }

  /** {@code SET path = value}; a null value removes the attribute, as null is stored as absent. */
  public <V> UpdateOperation<T> set(TypedAttribute<V> attribute, V value) {
    AttributeValue stored = attribute.toValueOrAbsent(value);
    if (stored == null) {
      return remove(attribute);
    }
    assign(attribute.path(), value);
    set.add(new UpdateExpression.SetAction(attribute.path(), new Literal(stored)));
    return this;
  }

  /** {@code SET path = if_not_exists(path, value)}: only where the attribute is absent. */
  public <V> UpdateOperation<T> setIfNotExists(TypedAttribute<V> attribute, V value) {
    computed.add(attribute.path().topLevelName());
    set.add(
        new UpdateExpression.SetAction(
            attribute.path(),
            new UpdateValue.IfNotExists(attribute.path(), new Literal(attribute.toValue(value)))));
    return this;
  }

  /** {@code REMOVE path}. */
  public UpdateOperation<T> remove(TypedAttribute<?> attribute) {
    assign(attribute.path(), null);
    remove.add(attribute.path());
    return this;
  }

  /** {@code ADD path delta}: atomic addition; an absent number counts as 0. */
  public <V> UpdateOperation<T> add(NumberAttribute<V> attribute, V delta) {
    computed.add(attribute.path().topLevelName());
    add.add(
        new UpdateExpression.AddAction(attribute.path(), new Literal(attribute.toValue(delta))));
    return this;
  }

  /** {@code ADD path members}: set union; an absent set counts as empty. */
  public <E> UpdateOperation<T> add(SetAttribute<E> attribute, Collection<? extends E> members) {
    add.add(
        new UpdateExpression.AddAction(
            attribute.path(), new Literal(attribute.membersValue(members))));
    return this;
  }

  /** {@code DELETE path members}: removes members from a set. */
  public <E> UpdateOperation<T> delete(SetAttribute<E> attribute, Collection<? extends E> members) {
    delete.add(
        new UpdateExpression.DeleteAction(
            attribute.path(), new Literal(attribute.membersValue(members))));
    return this;
  }

  /**
   * {@code SET path = list_append(if_not_exists(path, []), elements)}: appends, creating the list
   * if absent.
   */
  public <E> UpdateOperation<T> append(ListAttribute<E, ?> attribute, List<? extends E> elements) {
    computed.add(attribute.path().topLevelName());
    set.add(
        new UpdateExpression.SetAction(
            attribute.path(),
            new UpdateValue.ListAppend(
                new UpdateValue.IfNotExists(attribute.path(), new Literal(AttributeValue.l())),
                new Literal(attribute.elementsValue(elements)))));
    return this;
  }

  /** A condition the stored item must meet for the update to happen. */
  public UpdateOperation<T> when(Condition condition) {
    this.condition = Conditions.and(this.condition, condition);
    return this;
  }

  /** Requires the stored version to be {@code version} (optimistic locking). */
  public UpdateOperation<T> expectVersion(long version) {
    if (repository.definition().versionAttribute().isEmpty()) {
      throw new IllegalStateException(repository.tableName() + " has no @Version attribute");
    }
    this.expectedVersion = Optional.of(BigDecimal.valueOf(version));
    return this;
  }

  /**
   * The UpdateItem request. On a single-table member, it also sets the key attributes of every
   * index whose template components the update sets (or removes them when a component becomes
   * null), and the item type.
   *
   * @throws IllegalArgumentException on a single-table member, when the update changes a component
   *     of the table key, computes a component (ADD, if_not_exists), or sets only some components
   *     of an index key; nothing is sent
   */
  public UpdateItemRequest request() {
    List<UpdateExpression.SetAction> sets = new ArrayList<>(set);
    sets.addAll(planned);
    List<Path> removals = new ArrayList<>(remove);
    if (repository.schema() instanceof MemberSchema<T> member) {
      MemberLayout.KeyUpdate keys = member.layout().keyUpdate(assigned, key.components(), computed);
      keys.set()
          .forEach(
              (name, value) ->
                  sets.add(new UpdateExpression.SetAction(Path.of(name), new Literal(value))));
      keys.remove().forEach(name -> removals.add(Path.of(name)));
    }
    UpdateExpression update =
        sets.isEmpty() && removals.isEmpty() && add.isEmpty() && delete.isEmpty()
            ? null
            : new UpdateExpression(sets, removals, add, delete);
    Condition version =
        expectedVersion.map(v -> repository.planner().versionEquals(v)).orElse(null);
    return UpdateItemRequest.builder(repository.tableName(), key.values())
        .update(update)
        .condition(Conditions.and(version, condition))
        .returnValues(ReturnValue.ALL_NEW)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
  }

  public Explanation explain() {
    UpdateItemRequest request = request();
    return new Explainer()
        .update(request.update())
        .condition(ExpressionKind.CONDITION, request.options().condition())
        .explain("UpdateItem", request, repository.tableName(), null);
  }

  /** A top-level attribute's new Java value; a document field is never a template component. */
  private void assign(Path path, Object value) {
    if (path.isTopLevel()) {
      assigned.put(path.topLevelName(), value);
    }
  }

  /** Applies the update and returns the item as stored afterwards. */
  public T execute() {
    UpdateItemRequest request = request();
    return Locking.run(
        repository.planner(),
        expectedVersion.isPresent(),
        expectedVersion,
        () -> repository.definition().describe(key.values()),
        () -> repository.schema().read(repository.engine().updateItem(request).attributes()));
  }

  @Override
  public TransactWriteItem toTransactWriteItem() {
    UpdateItemRequest request = request();
    return new TransactWriteItem.Update(
        request.tableName(), request.key(), request.update(), request.options().condition(), null);
  }
}
