package io.keyspan.repository;

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
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.engine.UntagResourceRequest;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;

/**
 * Asks each data request of the wrapped engine for its consumed capacity and reports it to a {@link
 * CapacityMeter}.
 */
final class MeteredEngine implements Engine {
  private final Engine engine;
  private final CapacityMeter meter;

  MeteredEngine(Engine engine, CapacityMeter meter) {
    this.engine = engine;
    this.meter = meter;
  }

  /** TOTAL unless the caller asked for the per-index breakdown. */
  private static ReturnConsumedCapacity reported(ReturnConsumedCapacity asked) {
    return asked == ReturnConsumedCapacity.INDEXES ? asked : ReturnConsumedCapacity.TOTAL;
  }

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    return engine.createTable(request);
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return engine.describeTable(request);
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return engine.updateTable(request);
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return engine.deleteTable(request);
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return engine.listTables(request);
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return engine.updateTimeToLive(request);
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return engine.describeTimeToLive(request);
  }

  @Override
  public void tagResource(TagResourceRequest request) {
    engine.tagResource(request);
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    engine.untagResource(request);
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return engine.listTagsOfResource(request);
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    WriteResponse response =
        engine.putItem(
            request.toBuilder()
                .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
                .build());
    meter.record(response.consumedCapacity());
    return response;
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    GetItemResponse response =
        engine.getItem(
            request.toBuilder()
                .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
                .build());
    meter.record(response.consumedCapacity());
    return response;
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    WriteResponse response =
        engine.updateItem(
            request.toBuilder()
                .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
                .build());
    meter.record(response.consumedCapacity());
    return response;
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    WriteResponse response =
        engine.deleteItem(
            request.toBuilder()
                .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
                .build());
    meter.record(response.consumedCapacity());
    return response;
  }

  @Override
  public PageResponse query(QueryRequest request) {
    PageResponse response =
        engine.query(
            request.toBuilder()
                .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
                .build());
    meter.record(response.consumedCapacity());
    return response;
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    PageResponse response =
        engine.scan(
            request.toBuilder()
                .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
                .build());
    meter.record(response.consumedCapacity());
    return response;
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    BatchGetItemResponse response =
        engine.batchGetItem(
            new BatchGetItemRequest(
                request.requestItems(), reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    BatchWriteItemResponse response =
        engine.batchWriteItem(
            new BatchWriteItemRequest(
                request.requestItems(), reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    TransactWriteItemsResponse response =
        engine.transactWriteItems(
            new TransactWriteItemsRequest(
                request.transactItems(),
                request.clientRequestToken(),
                reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    TransactGetItemsResponse response =
        engine.transactGetItems(
            new TransactGetItemsRequest(
                request.transactItems(), reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  /** The meter does not own the engine; the handle it was made from closes it. */
  @Override
  public void close() {}
}
