package io.keyspan.repository;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ForwardingEngine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteResponse;
import java.util.function.Function;

/**
 * Asks each data request of the wrapped engine for its consumed capacity and reports it to a {@link
 * CapacityMeter}.
 */
final class MeteredEngine extends ForwardingEngine {
  private final CapacityMeter meter;

  MeteredEngine(Engine engine, CapacityMeter meter) {
    super(engine);
    this.meter = meter;
  }

  /** TOTAL unless the caller asked for the per-index breakdown. */
  private static ReturnConsumedCapacity reported(ReturnConsumedCapacity asked) {
    return asked == ReturnConsumedCapacity.INDEXES ? asked : ReturnConsumedCapacity.TOTAL;
  }

  /** Reports the capacity of a single-table response and returns it. */
  private <R> R recorded(R response, Function<R, ConsumedCapacity> capacity) {
    meter.record(capacity.apply(response));
    return response;
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return recorded(
        delegate()
            .putItem(
                request.toBuilder()
                    .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
                    .build()),
        WriteResponse::consumedCapacity);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return recorded(
        delegate()
            .getItem(
                request.toBuilder()
                    .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
                    .build()),
        GetItemResponse::consumedCapacity);
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return recorded(
        delegate()
            .updateItem(
                request.toBuilder()
                    .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
                    .build()),
        WriteResponse::consumedCapacity);
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return recorded(
        delegate()
            .deleteItem(
                request.toBuilder()
                    .returnConsumedCapacity(reported(request.options().returnConsumedCapacity()))
                    .build()),
        WriteResponse::consumedCapacity);
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return recorded(
        delegate()
            .query(
                request.toBuilder()
                    .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
                    .build()),
        PageResponse::consumedCapacity);
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return recorded(
        delegate()
            .scan(
                request.toBuilder()
                    .returnConsumedCapacity(reported(request.returnConsumedCapacity()))
                    .build()),
        PageResponse::consumedCapacity);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    BatchGetItemResponse response =
        delegate()
            .batchGetItem(
                new BatchGetItemRequest(
                    request.requestItems(), reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    BatchWriteItemResponse response =
        delegate()
            .batchWriteItem(
                request.withReturnConsumedCapacity(reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    TransactWriteItemsResponse response =
        delegate()
            .transactWriteItems(
                request.withReturnConsumedCapacity(reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    TransactGetItemsResponse response =
        delegate()
            .transactGetItems(
                new TransactGetItemsRequest(
                    request.transactItems(), reported(request.returnConsumedCapacity())));
    meter.recordAll(response.consumedCapacity());
    return response;
  }

  /** The meter does not own the engine; the handle it was made from closes it. */
  @Override
  public void close() {}
}
