package io.keyspan.memory;

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
import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetRecordsResponse;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ListStreamsResponse;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The embedded engine: DynamoDB's data model, validation, ordering, paging and capacity arithmetic,
 * in memory.
 *
 * <p><b>Concurrency.</b> One read-write lock guards all tables. Every write, batch and transaction
 * holds the write lock, so each is atomic and linearizable and no reader ever sees a transaction
 * half applied; reads share the read lock. Items are immutable maps.
 *
 * <p><b>Time to live.</b> Before every operation the engine deletes the items whose TTL attribute
 * (a Number of epoch seconds) lies before the context clock's current second, maintaining the
 * indexes as a delete does. DynamoDB deletes expired items within days and may return them until
 * then; this engine deletes them at the first operation after they expire, so a test that moves its
 * clock forward sees them gone at once.
 *
 * <p><b>Data directory.</b> An engine opened with {@link #open(EngineContext, Path)} keeps its
 * tables in a directory ({@link DataDirectory}): each write's changes are logged as one record
 * while the write lock is held, and the write is acknowledged (the method returns) only once that
 * record is forced to the device. Reads may see a write whose writer is still waiting for the
 * force; if the process dies then, that write is lost, and its writer was never told it succeeded.
 *
 * <p>Obtain one with {@link #create()} or through {@code Keyspan.inMemory()} (scheme {@code
 * memory:}, or {@code memory:?dir=/path} for a data directory).
 */
public final class MemoryEngine implements Engine {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Catalog catalog;
  private final TableOperations tables;
  private final ItemOperations items;
  private final ReadOperations reads;
  private final BatchOperations batches;
  private final TransactionOperations transactions;
  private final Streams streams;
  private final TagOperations tags;
  private final Durability durability;

  private MemoryEngine(EngineContext context, Durability durability) {
    this.durability = durability;
    this.catalog = new Catalog(context.clock(), durability.itemChanges());
    this.tables = new TableOperations(catalog);
    this.items = new ItemOperations(catalog);
    this.reads = new ReadOperations(catalog);
    this.batches = new BatchOperations(catalog);
    this.transactions = new TransactionOperations(catalog);
    this.streams = new LockedStreams(new StreamOperations(catalog));
    this.tags = new TagOperations(catalog);
  }

  /** An empty engine on the system clock. */
  public static MemoryEngine create() {
    return create(EngineContext.systemDefault());
  }

  /** An empty engine whose time to live and idempotency windows follow the context's clock. */
  public static MemoryEngine create(EngineContext context) {
    return new MemoryEngine(context, Durability.NONE);
  }

  /** The default log size after which a snapshot is written: 64 MiB. */
  public static final long DEFAULT_SNAPSHOT_LOG_BYTES = 64L << 20;

  /**
   * An engine that keeps its data in {@code directory} (created if missing), loading what the
   * directory holds.
   *
   * @throws IllegalStateException when another engine holds the directory, or a file in it is
   *     corrupt or of another format version (the message names the file)
   */
  public static MemoryEngine open(EngineContext context, Path directory) {
    return open(context, directory, DEFAULT_SNAPSHOT_LOG_BYTES);
  }

  /**
   * As {@link #open(EngineContext, Path)}, writing a snapshot once the log outgrows {@code
   * snapshotLogBytes} and the last snapshot.
   */
  public static MemoryEngine open(EngineContext context, Path directory, long snapshotLogBytes) {
    DataDirectory data = DataDirectory.open(directory, snapshotLogBytes);
    MemoryEngine engine = new MemoryEngine(context, data);
    data.recover(engine.catalog);
    return engine;
  }

  // ---------------------------------------------------------------- tables

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    return writing(() -> changed(request.tableName(), tables.create(request)));
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return reading(() -> tables.describe(request.tableName()));
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return writing(() -> changed(request.tableName(), tables.update(request)));
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return writing(() -> changed(request.tableName(), tables.delete(request.tableName())));
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return reading(() -> tables.list(request));
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return writing(() -> changed(request.tableName(), tables.updateTimeToLive(request)));
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return reading(() -> tables.describeTimeToLive(request.tableName()));
  }

  // ---------------------------------------------------------------- tags

  @Override
  public void tagResource(TagResourceRequest request) {
    writing(
        () -> {
          tags.tag(request);
          return changed(TableArn.tableName(request.resourceArn()), null);
        });
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    writing(
        () -> {
          tags.untag(request);
          return changed(TableArn.tableName(request.resourceArn()), null);
        });
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return reading(() -> tags.list(request));
  }

  // ---------------------------------------------------------------- items

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return writing(() -> items.put(request));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return reading(() -> items.get(request));
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return writing(() -> items.update(request));
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return writing(() -> items.delete(request));
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return reading(() -> reads.query(request));
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return reading(() -> reads.scan(request));
  }

  // ---------------------------------------------------------------- batches and transactions

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return reading(() -> batches.get(request));
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return writing(() -> batches.write(request));
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return writing(() -> transactions.write(request));
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return reading(() -> transactions.get(request));
  }

  // ---------------------------------------------------------------- streams

  @Override
  public Optional<Streams> streams() {
    return Optional.of(streams);
  }

  /** The stream reads, under the read lock like every read (expired items are deleted first). */
  private final class LockedStreams implements Streams {
    private final StreamOperations operations;

    LockedStreams(StreamOperations operations) {
      this.operations = operations;
    }

    @Override
    public ListStreamsResponse listStreams(ListStreamsRequest request) {
      return reading(() -> operations.list(request));
    }

    @Override
    public StreamDescription describeStream(DescribeStreamRequest request) {
      return reading(() -> operations.describe(request));
    }

    @Override
    public String getShardIterator(GetShardIteratorRequest request) {
      return reading(() -> operations.iterator(request));
    }

    @Override
    public GetRecordsResponse getRecords(GetRecordsRequest request) {
      return reading(() -> operations.records(request));
    }
  }

  /**
   * Without a data directory nothing to release: the data lives on the heap and goes with the
   * engine. With one, writes a snapshot (so the next start replays nothing) and releases the
   * directory.
   */
  @Override
  public void close() {
    locked(
        lock.writeLock(),
        () -> {
          durability.close(catalog);
          return null;
        });
  }

  // ---------------------------------------------------------------- locking

  /** Reports a table-level change (settings, tags, time to live, creation, deletion). */
  private <T> T changed(String tableName, T result) {
    durability.tableChanged(tableName);
    return result;
  }

  /**
   * Runs a write under the write lock, logs what it changed before the lock is released (even when
   * it failed half way, so the log always matches memory), and returns once that is durable.
   */
  private <T> T writing(Supplier<T> operation) {
    T result;
    long ticket;
    lock.writeLock().lock();
    try {
      try {
        catalog.deleteExpired();
        result = operation.get();
      } finally {
        ticket = durability.commit(catalog);
      }
    } finally {
      lock.writeLock().unlock();
    }
    durability.awaitDurable(ticket);
    return result;
  }

  /**
   * Runs a read under the read lock. Expired items are deleted first, under the write lock, only
   * when there are some, so a read in the common case takes the lock once.
   */
  private <T> T reading(Supplier<T> operation) {
    Lock read = lock.readLock();
    read.lock();
    try {
      if (!catalog.hasExpired()) {
        return operation.get();
      }
    } finally {
      read.unlock();
    }
    // Deleting the expired items is a write: it is logged like one.
    writing(() -> null);
    return locked(read, operation);
  }

  private static <T> T locked(Lock held, Supplier<T> operation) {
    held.lock();
    try {
      return operation.get();
    } finally {
      held.unlock();
    }
  }
}
