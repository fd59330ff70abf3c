package io.keyspan.engine;

import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.value.ValueCodec;
import java.util.Objects;
import java.util.Optional;

/**
 * An engine that passes every call on to another: the base of engines that decorate some calls
 * (metering, timing, injected faults, richer errors) and forward the rest unchanged. Subclasses
 * override the calls they decorate and reach the wrapped engine through {@link #delegate()}.
 */
public abstract class ForwardingEngine implements Engine {
  private final Engine delegate;

  protected ForwardingEngine(Engine delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** The engine every call not overridden goes to. */
  protected final Engine delegate() {
    return delegate;
  }

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    return delegate.createTable(request);
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return delegate.describeTable(request);
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return delegate.updateTable(request);
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return delegate.deleteTable(request);
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return delegate.listTables(request);
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return delegate.updateTimeToLive(request);
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return delegate.describeTimeToLive(request);
  }

  @Override
  public void tagResource(TagResourceRequest request) {
    delegate.tagResource(request);
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    delegate.untagResource(request);
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return delegate.listTagsOfResource(request);
  }

  /**
   * The wrapped engine's codec: its native items pass through this engine's methods unchanged, and
   * an override that reads an item sees it decoded to Keyspan's values.
   */
  @Override
  public Optional<ValueCodec<?>> itemCodec() {
    return delegate.itemCodec();
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return delegate.putItem(request);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return delegate.getItem(request);
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return delegate.updateItem(request);
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return delegate.deleteItem(request);
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return delegate.query(request);
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return delegate.scan(request);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return delegate.batchGetItem(request);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return delegate.batchWriteItem(request);
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return delegate.transactWriteItems(request);
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return delegate.transactGetItems(request);
  }

  @Override
  public Optional<Streams> streams() {
    return delegate.streams();
  }

  /** Closes the wrapped engine. */
  @Override
  public void close() {
    delegate.close();
  }
}
