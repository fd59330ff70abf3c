package io.keyspan.server;

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
import java.util.function.Function;

/**
 * An engine that records the request it receives and answers with whatever the test says, so the
 * wire layer can be tested without a real engine.
 */
public final class FakeEngine implements Engine {
  private volatile Function<Object, Object> answer = request -> null;
  private volatile Object lastRequest;

  /** Every call answers with {@code answer.apply(request)}; a thrown exception propagates. */
  public FakeEngine answering(Function<Object, Object> answer) {
    this.answer = answer;
    return this;
  }

  /** Every call throws this exception. */
  public FakeEngine failing(RuntimeException failure) {
    return answering(
        request -> {
          throw failure;
        });
  }

  public Object lastRequest() {
    return lastRequest;
  }

  @SuppressWarnings("unchecked")
  private <T> T call(Object request) {
    lastRequest = request;
    return (T) answer.apply(request);
  }

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    return call(request);
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return call(request.tableName());
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return call(request);
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return call(request.tableName());
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return call(request);
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return call(request);
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return call(request.tableName());
  }

  @Override
  public void tagResource(TagResourceRequest request) {
    call(request);
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    call(request);
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return call(request);
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return call(request);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return call(request);
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return call(request);
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return call(request);
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return call(request);
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return call(request);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return call(request);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return call(request);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return call(request);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return call(request);
  }

  @Override
  public void close() {}
}
