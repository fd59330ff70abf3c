package io.keyspan.spring.actuate;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.ConsumedCapacity;
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
import io.keyspan.engine.ReturnConsumedCapacity;
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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times every request of the wrapped engine ({@value #REQUESTS}: count and latency by operation,
 * table and outcome) and adds up the capacity each data request consumed ({@value #CAPACITY}, by
 * operation and table). Data requests ask for {@code ReturnConsumedCapacity=TOTAL} unless they ask
 * for the per-index breakdown; see
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
 */
final class MicrometerEngine extends ForwardingEngine {
  static final String REQUESTS = "keyspan.requests";
  static final String CAPACITY = "keyspan.consumed.capacity";

  private final MeterRegistry registry;

  MicrometerEngine(Engine engine, MeterRegistry registry) {
    super(engine);
    this.registry = registry;
  }

  private static ReturnConsumedCapacity reported(ReturnConsumedCapacity asked) {
    return asked == ReturnConsumedCapacity.INDEXES ? asked : ReturnConsumedCapacity.TOTAL;
  }

  /** Runs a request, records its latency and outcome, then the capacity its response reports. */
  private <R> R timed(
      String operation,
      String table,
      Supplier<R> call,
      Function<R, Collection<ConsumedCapacity>> capacity) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "success";
    try {
      R response = call.get();
      for (ConsumedCapacity consumed : capacity.apply(response)) {
        Counter.builder(CAPACITY)
            .baseUnit("capacity.units")
            .tag("operation", operation)
            .tag("table", consumed.tableName())
            .register(registry)
            .increment(consumed.capacityUnits());
      }
      return response;
    } catch (RuntimeException e) {
      outcome = e.getClass().getSimpleName();
      throw e;
    } finally {
      sample.stop(
          Timer.builder(REQUESTS)
              .tag("operation", operation)
              .tag("table", table)
              .tag("outcome", outcome)
              .register(registry));
    }
  }

  private <R> R timed(String operation, String table, Supplier<R> call) {
    return timed(operation, table, call, response -> List.of());
  }

  /** The tables a multi-table request touches, sorted and joined, so the tag is stable. */
  private static String tables(Collection<String> names) {
    return String.join(",", new TreeSet<>(names));
  }

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    return timed("CreateTable", request.tableName(), () -> delegate().createTable(request));
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return timed("DescribeTable", request.tableName(), () -> delegate().describeTable(request));
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return timed("UpdateTable", request.tableName(), () -> delegate().updateTable(request));
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return timed("DeleteTable", request.tableName(), () -> delegate().deleteTable(request));
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return timed("ListTables", "", () -> delegate().listTables(request));
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return timed(
        "UpdateTimeToLive", request.tableName(), () -> delegate().updateTimeToLive(request));
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return timed(
        "DescribeTimeToLive", request.tableName(), () -> delegate().describeTimeToLive(request));
  }

  @Override
  public void tagResource(TagResourceRequest request) {
    timed(
        "TagResource",
        request.resourceArn(),
        () -> {
          delegate().tagResource(request);
          return null;
        });
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    timed(
        "UntagResource",
        request.resourceArn(),
        () -> {
          delegate().untagResource(request);
          return null;
        });
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return timed(
        "ListTagsOfResource", request.resourceArn(), () -> delegate().listTagsOfResource(request));
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    PutItemRequest metered =
        request.toBuilder()
            .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
            .build();
    return timed(
        "PutItem",
        request.tableName(),
        () -> delegate().putItem(metered),
        r -> single(r.consumedCapacity()));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    GetItemRequest metered =
        request.toBuilder()
            .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
            .build();
    return timed(
        "GetItem",
        request.tableName(),
        () -> delegate().getItem(metered),
        r -> single(r.consumedCapacity()));
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    UpdateItemRequest metered =
        request.toBuilder()
            .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
            .build();
    return timed(
        "UpdateItem",
        request.tableName(),
        () -> delegate().updateItem(metered),
        r -> single(r.consumedCapacity()));
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    DeleteItemRequest metered =
        request.toBuilder()
            .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
            .build();
    return timed(
        "DeleteItem",
        request.tableName(),
        () -> delegate().deleteItem(metered),
        r -> single(r.consumedCapacity()));
  }

  @Override
  public PageResponse query(QueryRequest request) {
    QueryRequest metered =
        request.toBuilder()
            .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
            .build();
    return timed(
        "Query",
        request.tableName(),
        () -> delegate().query(metered),
        r -> single(r.consumedCapacity()));
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    ScanRequest metered =
        request.toBuilder()
            .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
            .build();
    return timed(
        "Scan",
        request.tableName(),
        () -> delegate().scan(metered),
        r -> single(r.consumedCapacity()));
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    BatchGetItemRequest metered =
        new BatchGetItemRequest(request.requestItems(), reported(request.returnConsumedCapacity()));
    return timed(
        "BatchGetItem",
        tables(request.requestItems().keySet()),
        () -> delegate().batchGetItem(metered),
        BatchGetItemResponse::consumedCapacity);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    BatchWriteItemRequest metered =
        request.withReturnConsumedCapacity(reported(request.returnConsumedCapacity()));
    return timed(
        "BatchWriteItem",
        tables(request.requestItems().keySet()),
        () -> delegate().batchWriteItem(metered),
        BatchWriteItemResponse::consumedCapacity);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    TransactWriteItemsRequest metered =
        request.withReturnConsumedCapacity(reported(request.returnConsumedCapacity()));
    return timed(
        "TransactWriteItems",
        tables(request.transactItems().stream().map(TransactWriteItem::tableName).toList()),
        () -> delegate().transactWriteItems(metered),
        TransactWriteItemsResponse::consumedCapacity);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    TransactGetItemsRequest metered =
        new TransactGetItemsRequest(
            request.transactItems(), reported(request.returnConsumedCapacity()));
    return timed(
        "TransactGetItems",
        tables(request.transactItems().stream().map(TransactGetItem::tableName).toList()),
        () -> delegate().transactGetItems(metered),
        TransactGetItemsResponse::consumedCapacity);
  }

  private static Collection<ConsumedCapacity> single(ConsumedCapacity capacity) {
    return capacity == null ? List.of() : List.of(capacity);
  }
}
