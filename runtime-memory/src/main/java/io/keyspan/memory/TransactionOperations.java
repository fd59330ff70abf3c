package io.keyspan.memory;

import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.ReturnValuesOnConditionCheckFailure;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ItemSize;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TransactWriteItems and TransactGetItems (Developer Guide transaction-apis). A write transaction
 * runs under the engine's write lock, so no read, query or scan sees it half applied; it evaluates
 * every action before changing anything and changes all items or none.
 */
final class TransactionOperations {
  static final int MAX_ACTIONS = 100;
  static final long MAX_REQUEST_BYTES = 4L * 1024 * 1024;
  static final int MAX_TOKEN_LENGTH = 36;

  /** A ClientRequestToken makes a retry a no-op for 10 minutes (API TransactWriteItems). */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

  private final Catalog catalog;
  private final Map<String, Completed> completed = new HashMap<>();

  /** A finished request, remembered by its token until it expires. */
  private record Completed(
      TransactWriteItemsRequest request, TransactWriteItemsResponse response, Instant expires) {}

  /** One action, validated, with the item it reads and the item it leaves (null: none). */
  private record Action(
      TransactWriteItem request, StoredTable table, PrimaryKey key, boolean writes) {}

  TransactionOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  TransactWriteItemsResponse write(TransactWriteItemsRequest request) {
    checkCount(request.transactItems().size());
    String token = request.clientRequestToken();
    if (token != null) {
      checkToken(token);
      Instant now = catalog.clock.instant();
      completed.values().removeIf(done -> !done.expires().isAfter(now));
      Completed done = completed.get(token);
      if (done != null) {
        if (!done.request().equals(request)) {
          // AWS's exact text is unverified; the error type is what callers test.
          throw ErrorMessages.tokenReusedWithOtherParameters();
        }
        return done.response();
      }
    }
    List<Action> actions = validate(request.transactItems());
    List<Map<String, AttributeValue>> results = evaluate(actions);
    Map<String, Usage> usage = new LinkedHashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      Map<String, AttributeValue> old = action.table().get(action.key());
      TableSettings definition = action.table().definition();
      Usage cost =
          action.writes()
              ? Costs.write(definition, old, results.get(i), true)
              : Usage.ofTable(
                  definition.name(),
                  false,
                  Costs.readUnits(
                      old == null ? 0 : ItemSize.of(old), Costs.Consistency.TRANSACTIONAL));
      usage.merge(definition.name(), cost, Usage::plus);
    }
    List<ItemCollections.Touched> touched = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      if (action.writes()) {
        action.table().write(action.key(), results.get(i));
        touched.add(new ItemCollections.Touched(action.table(), action.key()));
      }
    }
    List<ConsumedCapacity> capacity = new ArrayList<>();
    usage
        .values()
        .forEach(u -> BatchOperations.addReport(capacity, u, request.returnConsumedCapacity()));
    TransactWriteItemsResponse response =
        new TransactWriteItemsResponse(
            capacity, ItemCollections.of(touched, request.returnItemCollectionMetrics()));
    if (token != null) {
      completed.put(
          token, new Completed(request, response, catalog.clock.instant().plus(TOKEN_LIFETIME)));
    }
    return response;
  }

  /**
   * Request-level checks: tables exist, ConditionCheck has a condition, no two actions on one item,
   * at most 4 MB. A key that does not fit its table cancels the transaction ({@link
   * #cancelledByKey}).
   */
  private List<Action> validate(List<TransactWriteItem> items) {
    List<Action> actions = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < items.size(); i++) {
      TransactWriteItem item = items.get(i);
      StoredTable table = catalog.table(item.tableName());
      if (item instanceof TransactWriteItem.ConditionCheck && item.condition() == null) {
        throw ErrorMessages.conditionCheckWithoutCondition(i + 1);
      }
      if (item instanceof TransactWriteItem.Put put) {
        bytes += ItemSize.of(put.item());
      }
      if (item instanceof TransactWriteItem.Update update) {
        ItemOperations.checkUpdate(table.definition(), update.update());
      }
      Evaluation.check(item.condition(), ExpressionKind.CONDITION);
    }
    if (bytes > MAX_REQUEST_BYTES) {
      throw ErrorMessages.transactionTooLarge();
    }
    for (TransactWriteItem item : items) {
      StoredTable table = catalog.table(item.tableName());
      try {
        actions.add(
            new Action(
                item,
                table,
                keyOf(item, table.definition()),
                !(item instanceof TransactWriteItem.ConditionCheck)));
      } catch (ValidationException invalidKey) {
        throw cancelledByKey(actions.size(), items.size(), invalidKey);
      }
    }
    checkOneActionPerItem(
        actions.stream().map(action -> new Target(action.table(), action.key())).toList());
    return actions;
  }

  /**
   * A key that does not fit its table cancels the transaction with a ValidationError reason for
   * that action; only the first is reported, the others read None.
   */
  private static TransactionCanceledException cancelledByKey(
      int position, int actions, ValidationException invalidKey) {
    List<CancellationReason> reasons =
        new ArrayList<>(Collections.nCopies(actions, CancellationReason.NONE));
    reasons.set(position, CancellationReason.validationError(invalidKey.getMessage()));
    return new TransactionCanceledException(reasons);
  }

  /** One item of one table, as a transaction's actions address it. */
  private record Target(StoredTable table, PrimaryKey key) {}

  /** Neither a write nor a read transaction may address one item twice. */
  private static void checkOneActionPerItem(List<Target> targets) {
    record Seen(String tableName, PrimaryKey key) {}
    Set<Seen> seen = new HashSet<>();
    for (Target target : targets) {
      if (!seen.add(new Seen(target.table().definition().name(), target.key()))) {
        throw ErrorMessages.multipleOperationsOnOneItem();
      }
    }
  }

  private static PrimaryKey keyOf(TransactWriteItem item, TableSettings table) {
    if (item instanceof TransactWriteItem.Put put) {
      return KeyValidator.item(table, put.item());
    }
    if (item instanceof TransactWriteItem.Update update) {
      return KeyValidator.key(table, update.key());
    }
    if (item instanceof TransactWriteItem.Delete delete) {
      return KeyValidator.key(table, delete.key());
    }
    return KeyValidator.key(table, ((TransactWriteItem.ConditionCheck) item).key());
  }

  /**
   * Evaluates every condition (all failures are reported, Developer Guide transaction-apis) and
   * computes each action's resulting item; any failure cancels the whole transaction.
   */
  private static List<Map<String, AttributeValue>> evaluate(List<Action> actions) {
    List<Map<String, AttributeValue>> results = new ArrayList<>();
    List<CancellationReason> reasons = new ArrayList<>();
    boolean failed = false;
    boolean validationFailed = false;
    for (Action action : actions) {
      TransactWriteItem item = action.request();
      Map<String, AttributeValue> old = action.table().get(action.key());
      CancellationReason reason = CancellationReason.NONE;
      Map<String, AttributeValue> result = null;
      try {
        if (!Evaluation.test(item.condition(), old == null ? Map.of() : old)) {
          reason =
              CancellationReason.conditionalCheckFailed(
                  item.returnValuesOnConditionCheckFailure()
                          == ReturnValuesOnConditionCheckFailure.ALL_OLD
                      ? old
                      : null);
        } else if (item instanceof TransactWriteItem.Put put) {
          result = put.item();
        } else if (item instanceof TransactWriteItem.Update update) {
          result =
              ItemOperations.applyUpdate(
                      action.table().definition(), action.key(), old, update.update())
                  .item();
          if (result == null) {
            result = old;
          }
        }
      } catch (ValidationException e) {
        if (!validationFailed) {
          reason = CancellationReason.validationError(e.getMessage());
          validationFailed = true;
        }
      }
      failed |= reason != CancellationReason.NONE || validationFailed;
      reasons.add(reason);
      results.add(result);
    }
    if (failed) {
      throw new TransactionCanceledException(reasons);
    }
    return results;
  }

  TransactGetItemsResponse get(TransactGetItemsRequest request) {
    checkCount(request.transactItems().size());
    List<StoredTable> tables = new ArrayList<>();
    for (TransactGetItem get : request.transactItems()) {
      tables.add(catalog.table(get.tableName()));
      Evaluation.check(get.projection());
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      try {
        targets.add(
            new Target(
                tables.get(i),
                KeyValidator.key(
                    tables.get(i).definition(), request.transactItems().get(i).key())));
      } catch (ValidationException invalidKey) {
        throw cancelledByKey(i, tables.size(), invalidKey);
      }
    }
    checkOneActionPerItem(targets);
    List<PrimaryKey> keys = targets.stream().map(Target::key).toList();
    List<Optional<Map<String, AttributeValue>>> responses = new ArrayList<>();
    Map<String, Usage> usage = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      TransactGetItem get = request.transactItems().get(i);
      Map<String, AttributeValue> item = tables.get(i).get(keys.get(i));
      usage.merge(
          get.tableName(),
          Usage.ofTable(
              get.tableName(),
              true,
              Costs.readUnits(
                  item == null ? 0 : ItemSize.of(item), Costs.Consistency.TRANSACTIONAL)),
          Usage::plus);
      responses.add(
          Optional.ofNullable(
              item == null || get.projection() == null
                  ? item
                  : Evaluation.project(get.projection(), item)));
    }
    List<ConsumedCapacity> capacity = new ArrayList<>();
    usage
        .values()
        .forEach(u -> BatchOperations.addReport(capacity, u, request.returnConsumedCapacity()));
    return new TransactGetItemsResponse(responses, capacity);
  }

  private static void checkCount(int count) {
    if (count < 1) {
      throw ErrorMessages.constraint(
          "[]", "transactItems", "have length greater than or equal to 1");
    }
    if (count > MAX_ACTIONS) {
      throw ErrorMessages.constraint(
          "[" + count + " items]", "transactItems", "have length less than or equal to 100");
    }
  }

  private static void checkToken(String token) {
    if (token.isEmpty()) {
      throw ErrorMessages.constraint(
          token, "clientRequestToken", "have length greater than or equal to 1");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw ErrorMessages.constraint(
          token, "clientRequestToken", "have length less than or equal to 36");
    }
  }
}
