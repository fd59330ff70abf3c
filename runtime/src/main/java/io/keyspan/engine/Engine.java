package io.keyspan.engine;

import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.value.NativeItem;
import io.keyspan.value.ValueCodec;
import java.util.Optional;

/**
 * The DynamoDB control and data plane as Java: what every Keyspan engine implements, whether it
 * keeps data in memory or calls a real service.
 *
 * <p>Requests carry parsed, bound expression trees, never expression strings; an engine evaluates
 * or renders the trees. Every method reports failures with the subclasses of {@link
 * io.keyspan.exception.KeyspanException} that DynamoDB would raise, with DynamoDB's messages, and a
 * rejected request changes nothing. Implementations are thread-safe.
 */
public interface Engine extends AutoCloseable {

  // ---------------------------------------------------------------- tables

  TableDescription createTable(CreateTableRequest request);

  TableDescription describeTable(DescribeTableRequest request);

  TableDescription updateTable(UpdateTableRequest request);

  TableDescription deleteTable(DeleteTableRequest request);

  ListTablesResponse listTables(ListTablesRequest request);

  TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request);

  TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request);

  // ---------------------------------------------------------------- tags

  void tagResource(TagResourceRequest request);

  void untagResource(UntagResourceRequest request);

  ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request);

  // ---------------------------------------------------------------- items

  /**
   * The codec of this engine's own attribute values, when it sends items to a service in values
   * other than Keyspan's (the AWS SDK engine: the SDK's {@code AttributeValue}); empty when it
   * works on Keyspan's values (the default, the in-memory engine).
   *
   * <p>A caller may then build request items as {@link NativeItem}s of this codec, which the engine
   * sends without converting them, and the engine may answer items as {@code NativeItem}s of it,
   * which a schema maps straight to objects. Both stay ordinary item maps to everyone else, so
   * requests with Keyspan items work as before. Engines that wrap another one report the wrapped
   * engine's codec: the items still reach it, through the wrapper's methods.
   */
  default Optional<ValueCodec<?>> itemCodec() {
    return Optional.empty();
  }

  WriteResponse putItem(PutItemRequest request);

  GetItemResponse getItem(GetItemRequest request);

  WriteResponse updateItem(UpdateItemRequest request);

  WriteResponse deleteItem(DeleteItemRequest request);

  PageResponse query(QueryRequest request);

  PageResponse scan(ScanRequest request);

  // ---------------------------------------------------------------- batches and transactions

  BatchGetItemResponse batchGetItem(BatchGetItemRequest request);

  BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request);

  TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request);

  TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request);

  // ---------------------------------------------------------------- streams

  /** DynamoDB Streams over this engine's tables, if the engine has them. */
  default Optional<Streams> streams() {
    return Optional.empty();
  }

  /** Releases the engine's resources (connections, threads). Stored data may be lost. */
  @Override
  void close();
}
