package io.keyspan.dynamodb;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.ConsumedCapacity;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineUri;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.ItemCollectionMetrics;
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
import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The Keyspan engine on Amazon DynamoDB (or a DynamoDB-compatible service), through the AWS SDK for
 * Java v2. Every SPI request becomes one SDK request with its expressions rendered to {@code
 * #name}/{@code :value} placeholders; every service error becomes the matching {@link
 * io.keyspan.exception.KeyspanException}.
 *
 * <p>Two conveniences go beyond a single call. Control-plane calls (create, update and delete
 * table) return once the change is done, so the next call can use the table at once. Batch
 * operations resend their unprocessed items and keys with exponential backoff and jitter, a bounded
 * number of times; what is still unprocessed then is returned to the caller. Throttling that
 * outlasts the SDK's own retries surfaces as {@link
 * io.keyspan.exception.ProvisionedThroughputExceededException}.
 *
 * <pre>{@code
 * Keyspan db = Keyspan.connect("dynamodb:");                      // default region and credentials
 * Keyspan db = Keyspan.connect("dynamodb:?region=eu-west-1");
 * Keyspan db = Keyspan.connect("dynamodb:http://127.0.0.1:8000"); // a local emulator
 * Keyspan db = Keyspan.using(DynamoDbEngine.using(myClient));     // a client you configured
 * }</pre>
 */
public final class DynamoDbEngine implements Engine {
  private final DynamoDbClient client;
  private final boolean ownsClient;
  private final Backoff backoff;
  private final TableWaiter waiter;
  private final SdkStreams streams;

  DynamoDbEngine(DynamoDbClient client, boolean ownsClient, Backoff backoff) {
    this(client, ownsClient, backoff, SdkStreams.matching(client));
  }

  private DynamoDbEngine(
      DynamoDbClient client, boolean ownsClient, Backoff backoff, SdkStreams streams) {
    this.streams = streams;
    this.client = Objects.requireNonNull(client, "client");
    this.ownsClient = ownsClient;
    this.backoff = backoff;
    this.waiter =
        new TableWaiter(
            tableName -> describeTable(new io.keyspan.engine.DescribeTableRequest(tableName)),
            backoff.sleeper());
  }

  /**
   * An engine over a client you configured (region, credentials, endpoint, HTTP client, retry
   * policy). You keep ownership: closing the engine leaves the client open.
   */
  public static DynamoDbEngine using(DynamoDbClient client) {
    return new DynamoDbEngine(client, false, Backoff.standard());
  }

  /**
   * An engine over clients you configured, {@code streams} serving {@link #streams()}. You keep
   * ownership of both. ({@link #using(DynamoDbClient)} builds a streams client like {@code client}
   * on first use.)
   */
  public static DynamoDbEngine using(DynamoDbClient client, DynamoDbStreamsClient streams) {
    return new DynamoDbEngine(
        client,
        false,
        Backoff.standard(),
        SdkStreams.using(Objects.requireNonNull(streams, "streams")));
  }

  /**
   * An engine for a {@code dynamodb:} URI: {@code dynamodb:}, {@code dynamodb:?region=eu-west-1} or
   * {@code dynamodb:http://127.0.0.1:8000}. The engine owns its client and closes it.
   *
   * @throws IllegalArgumentException when the URI is not such a URI
   */
  public static DynamoDbEngine open(String uri) {
    return open(EngineUri.parse(uri));
  }

  static DynamoDbEngine open(EngineUri uri) {
    QuietLoggingFallback.applyWhenUnconfigured();
    return new DynamoDbEngine(ClientUri.parse(uri).buildClient(), true, Backoff.standard());
  }

  // ---------------------------------------------------------------- tables

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    call(() -> client.createTable(TableModels.createTable(request)));
    return waiter.untilActive(request.tableName());
  }

  @Override
  public TableDescription describeTable(io.keyspan.engine.DescribeTableRequest request) {
    return TableModels.fromSdk(
        call(() ->
                client.describeTable(
                    DescribeTableRequest.builder().tableName(request.tableName()).build()))
            .table());
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    call(() -> client.updateTable(TableModels.updateTable(request)));
    return waiter.untilActive(request.tableName());
  }

  @Override
  public TableDescription deleteTable(io.keyspan.engine.DeleteTableRequest request) {
    TableDescription deleting =
        TableModels.fromSdk(
            call(() ->
                    client.deleteTable(
                        software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest.builder()
                            .tableName(request.tableName())
                            .build()))
                .tableDescription());
    waiter.untilDeleted(request.tableName());
    return deleting;
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    var response =
        call(
            () ->
                client.listTables(
                    software.amazon.awssdk.services.dynamodb.model.ListTablesRequest.builder()
                        .exclusiveStartTableName(request.exclusiveStartTableName())
                        .limit(request.limit())
                        .build()));
    return new ListTablesResponse(response.tableNames(), response.lastEvaluatedTableName());
  }

  /** Returns the table's setting after the change, as DescribeTimeToLive reports it. */
  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    call(
        () ->
            client.updateTimeToLive(
                software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest.builder()
                    .tableName(request.tableName())
                    .timeToLiveSpecification(
                        TableModels.toSdk(request.attributeName(), request.enabled()))
                    .build()));
    return describeTimeToLive(new io.keyspan.engine.DescribeTimeToLiveRequest(request.tableName()));
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(
      io.keyspan.engine.DescribeTimeToLiveRequest request) {
    return TableModels.fromSdk(
        call(() ->
                client.describeTimeToLive(
                    DescribeTimeToLiveRequest.builder().tableName(request.tableName()).build()))
            .timeToLiveDescription());
  }

  // ---------------------------------------------------------------- tags

  @Override
  public void tagResource(TagResourceRequest request) {
    call(() -> client.tagResource(TagModels.tagResource(request)));
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    call(() -> client.untagResource(TagModels.untagResource(request)));
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return TagModels.fromSdk(call(() -> client.listTagsOfResource(TagModels.listTags(request))));
  }

  // ---------------------------------------------------------------- items

  /**
   * The SDK's {@code AttributeValue}: items a repository writes as {@link
   * io.keyspan.value.NativeItem}s of it go into the SDK request as they are, and the items this
   * engine reads come back held in the SDK's values, so a repository maps objects to SDK values and
   * back with one conversion.
   */
  @Override
  public Optional<ValueCodec<?>> itemCodec() {
    return Optional.of(SdkValueCodec.instance());
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return WriteFields.PUT.response(call(() -> client.putItem(Requests.putItem(request))));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    var response = call(() -> client.getItem(Requests.getItem(request)));
    return new GetItemResponse(
        AttributeValues.heldIfPresent(response.hasItem(), response.item()),
        Responses.capacity(response.consumedCapacity()));
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return WriteFields.UPDATE.response(call(() -> client.updateItem(Requests.updateItem(request))));
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return WriteFields.DELETE.response(call(() -> client.deleteItem(Requests.deleteItem(request))));
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return PageFields.QUERY.page(call(() -> client.query(Requests.query(request))));
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return PageFields.SCAN.page(call(() -> client.scan(Requests.scan(request))));
  }

  // ---------------------------------------------------------------- batches

  /**
   * Resends unprocessed keys with backoff; keys still unprocessed after the last retry are
   * returned.
   */
  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    Map<String, List<Map<String, AttributeValue>>> found = new LinkedHashMap<>();
    List<ConsumedCapacity> reports = new ArrayList<>();
    String capacity = Requests.capacity(request.returnConsumedCapacity());
    var unprocessed =
        backoff.resend(
            Requests.keysAndAttributes(request),
            keys -> {
              var response =
                  call(
                      () ->
                          client.batchGetItem(
                              b -> b.requestItems(keys).returnConsumedCapacity(capacity)));
              response
                  .responses()
                  .forEach(
                      (table, items) ->
                          found
                              .computeIfAbsent(table, t -> new ArrayList<>())
                              .addAll(Responses.items(items)));
              reports.addAll(Responses.capacities(response.consumedCapacity()));
              return response.unprocessedKeys();
            });
    return new BatchGetItemResponse(
        found,
        Responses.unprocessedKeys(unprocessed, request.requestItems()),
        Responses.sumPerTable(reports));
  }

  /**
   * Resends unprocessed writes with backoff; writes still unprocessed after the last retry are
   * returned.
   */
  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    List<ConsumedCapacity> reports = new ArrayList<>();
    Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
    String capacity = Requests.capacity(request.returnConsumedCapacity());
    String collections = Requests.metrics(request.returnItemCollectionMetrics());
    var unprocessed =
        backoff.resend(
            Requests.writeRequests(request.requestItems()),
            writes -> {
              var response =
                  call(
                      () ->
                          client.batchWriteItem(
                              b ->
                                  b.requestItems(writes)
                                      .returnConsumedCapacity(capacity)
                                      .returnItemCollectionMetrics(collections)));
              reports.addAll(Responses.capacities(response.consumedCapacity()));
              Responses.metrics(response.itemCollectionMetrics())
                  .forEach(
                      (table, each) ->
                          metrics.computeIfAbsent(table, t -> new ArrayList<>()).addAll(each));
              return response.unprocessedItems();
            });
    return new BatchWriteItemResponse(
        Responses.writeRequests(unprocessed), Responses.sumPerTable(reports), metrics);
  }

  // ---------------------------------------------------------------- transactions

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    var response = call(() -> client.transactWriteItems(Requests.transactWriteItems(request)));
    return new TransactWriteItemsResponse(
        Responses.capacities(response.consumedCapacity()),
        Responses.metrics(response.itemCollectionMetrics()));
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    var response = call(() -> client.transactGetItems(Requests.transactGetItems(request)));
    List<Optional<Map<String, AttributeValue>>> items =
        response.responses().stream()
            .map(
                read ->
                    read.hasItem() && !read.item().isEmpty()
                        ? Optional.of(AttributeValues.fromSdk(read.item()))
                        : Optional.<Map<String, AttributeValue>>empty())
            .toList();
    return new TransactGetItemsResponse(items, Responses.capacities(response.consumedCapacity()));
  }

  /** DynamoDB Streams through the SDK's {@code DynamoDbStreamsClient}. */
  @Override
  public Optional<Streams> streams() {
    return Optional.of(streams);
  }

  /**
   * Closes the client when this engine opened it from a URI, and the streams client it built; a
   * client handed in stays open.
   */
  @Override
  public void close() {
    streams.close();
    if (ownsClient) {
      client.close();
    }
  }

  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (DynamoDbException e) {
      throw Errors.translate(e);
    } catch (SdkClientException e) {
      throw Errors.transport(e, endpoint());
    }
  }

  /**
   * Where the client sends requests, for messages: its endpoint override, else its region's
   * endpoint.
   */
  private String endpoint() {
    try {
      var configuration = client.serviceClientConfiguration();
      return configuration
          .endpointOverride()
          .map(URI::toString)
          .orElseGet(() -> "the DynamoDB endpoint of region " + configuration.region());
    } catch (UnsupportedOperationException e) {
      return "the endpoint of the DynamoDB client"; // a client implementation without a
      // configuration
    }
  }
}
