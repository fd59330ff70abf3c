package io.keyspan;

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
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.EngineUri;
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

/**
 * An engine that only remembers how it was opened and whether it was closed: enough to test how
 * {@link Keyspan} chooses, configures and closes engines.
 */
final class ClosableTestEngine implements Engine {
  final EngineUri uri;
  final EngineContext context;
  boolean closed;

  ClosableTestEngine(EngineUri uri, EngineContext context) {
    this.uri = uri;
    this.context = context;
  }

  @Override
  public void close() {
    closed = true;
  }

  private static UnsupportedOperationException unused() {
    return new UnsupportedOperationException("not part of this test");
  }

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    throw unused();
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    throw unused();
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    throw unused();
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    throw unused();
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    throw unused();
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    throw unused();
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    throw unused();
  }

  @Override
  public void tagResource(TagResourceRequest request) {
    throw unused();
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    throw unused();
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    throw unused();
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    throw unused();
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    throw unused();
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    throw unused();
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    throw unused();
  }

  @Override
  public PageResponse query(QueryRequest request) {
    throw unused();
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    throw unused();
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    throw unused();
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    throw unused();
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    throw unused();
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    throw unused();
  }
}
