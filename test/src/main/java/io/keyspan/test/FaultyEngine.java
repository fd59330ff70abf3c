package io.keyspan.test;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ForwardingEngine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.ListTagsOfResourceResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.engine.UntagResourceRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An engine that asks {@link Faults} about every call before passing it on. Failures replace the
 * call (nothing is stored); batches with unprocessed items pass on only the rest.
 */
final class FaultyEngine extends ForwardingEngine {
  private final Faults faults;
  private final UnprocessedBatches batches;

  FaultyEngine(Engine engine, Faults faults) {
    super(engine);
    this.faults = faults;
    this.batches = new UnprocessedBatches(engine);
  }

  private <T> T run(EngineCall call, Supplier<T> proceed) {
    return run(
        call,
        proceed,
        affected -> {
          throw new IllegalStateException("Only batches leave items unprocessed");
        });
  }

  /**
   * Applies the call's faults; a batch fault hands the items to leave unprocessed to {@code
   * partial}.
   */
  private <T> T run(
      EngineCall call, Supplier<T> proceed, Function<List<EngineCall.Item>, T> partial) {
    Faults.Decision decision = faults.decide(call);
    faults.pause(decision.latencies());
    if (decision.failure() instanceof Fault.Unprocessed) {
      return partial.apply(decision.affected());
    }
    if (decision.failure() != null) {
      throw FaultFailures.of(decision.failure(), call, decision.affected());
    }
    return proceed.get();
  }

  // ---------------------------------------------------------------- tables

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    return run(
        EngineCall.onTable(Operation.CREATE_TABLE, request.tableName()),
        () -> delegate().createTable(request));
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return run(
        EngineCall.onTable(Operation.DESCRIBE_TABLE, request.tableName()),
        () -> delegate().describeTable(request));
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return run(
        EngineCall.onTable(Operation.UPDATE_TABLE, request.tableName()),
        () -> delegate().updateTable(request));
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return run(
        EngineCall.onTable(Operation.DELETE_TABLE, request.tableName()),
        () -> delegate().deleteTable(request));
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return run(
        EngineCall.onTable(Operation.LIST_TABLES, null), () -> delegate().listTables(request));
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return run(
        EngineCall.onTable(Operation.UPDATE_TIME_TO_LIVE, request.tableName()),
        () -> delegate().updateTimeToLive(request));
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return run(
        EngineCall.onTable(Operation.DESCRIBE_TIME_TO_LIVE, request.tableName()),
        () -> delegate().describeTimeToLive(request));
  }

  // A tag request names its table by ARN: faults that name no table apply to it.

  @Override
  public void tagResource(TagResourceRequest request) {
    run(
        EngineCall.onTable(Operation.TAG_RESOURCE, null),
        () -> {
          delegate().tagResource(request);
          return null;
        });
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    run(
        EngineCall.onTable(Operation.UNTAG_RESOURCE, null),
        () -> {
          delegate().untagResource(request);
          return null;
        });
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return run(
        EngineCall.onTable(Operation.LIST_TAGS_OF_RESOURCE, null),
        () -> delegate().listTagsOfResource(request));
  }

  // ---------------------------------------------------------------- items

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return run(
        EngineCall.onItem(Operation.PUT_ITEM, request.tableName(), request.item()),
        () -> delegate().putItem(request));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return run(
        EngineCall.onItem(Operation.GET_ITEM, request.tableName(), request.key()),
        () -> delegate().getItem(request));
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return run(
        EngineCall.onItem(Operation.UPDATE_ITEM, request.tableName(), request.key()),
        () -> delegate().updateItem(request));
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return run(
        EngineCall.onItem(Operation.DELETE_ITEM, request.tableName(), request.key()),
        () -> delegate().deleteItem(request));
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return run(
        EngineCall.onTable(Operation.QUERY, request.tableName()), () -> delegate().query(request));
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return run(
        EngineCall.onTable(Operation.SCAN, request.tableName()), () -> delegate().scan(request));
  }

  // ---------------------------------------------------------------- batches and transactions

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return run(
        EngineCall.onItems(Operation.BATCH_GET_ITEM, UnprocessedBatches.items(request)),
        () -> delegate().batchGetItem(request),
        unprocessed -> batches.get(request, unprocessed));
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return run(
        EngineCall.onItems(Operation.BATCH_WRITE_ITEM, UnprocessedBatches.items(request)),
        () -> delegate().batchWriteItem(request),
        unprocessed -> batches.write(request, unprocessed));
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    List<EngineCall.Item> items = request.transactItems().stream().map(FaultyEngine::item).toList();
    return run(
        EngineCall.onItems(Operation.TRANSACT_WRITE_ITEMS, items),
        () -> delegate().transactWriteItems(request));
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    List<EngineCall.Item> items =
        request.transactItems().stream()
            .map((TransactGetItem get) -> new EngineCall.Item(get.tableName(), get.key()))
            .toList();
    return run(
        EngineCall.onItems(Operation.TRANSACT_GET_ITEMS, items),
        () -> delegate().transactGetItems(request));
  }

  private static EngineCall.Item item(TransactWriteItem action) {
    if (action instanceof TransactWriteItem.Put put) {
      return new EngineCall.Item(put.tableName(), put.item());
    }
    if (action instanceof TransactWriteItem.Update update) {
      return new EngineCall.Item(update.tableName(), update.key());
    }
    if (action instanceof TransactWriteItem.Delete delete) {
      return new EngineCall.Item(delete.tableName(), delete.key());
    }
    TransactWriteItem.ConditionCheck check = (TransactWriteItem.ConditionCheck) action;
    return new EngineCall.Item(check.tableName(), check.key());
  }
}
