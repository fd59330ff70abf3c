package io.keyspan.dynamodb;

import io.keyspan.engine.stream.ChangeRecord;
import io.keyspan.engine.stream.DescribeStreamRequest;
import io.keyspan.engine.stream.GetRecordsRequest;
import io.keyspan.engine.stream.GetRecordsResponse;
import io.keyspan.engine.stream.GetShardIteratorRequest;
import io.keyspan.engine.stream.ListStreamsRequest;
import io.keyspan.engine.stream.ListStreamsResponse;
import io.keyspan.engine.stream.Shard;
import io.keyspan.engine.stream.StreamDescription;
import io.keyspan.engine.stream.StreamStatus;
import io.keyspan.engine.stream.StreamSummary;
import io.keyspan.engine.stream.Streams;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.exception.ExpiredIteratorException;
import io.keyspan.exception.TrimmedDataAccessException;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * The engine SPI's {@link Streams} over the SDK's {@link DynamoDbStreamsClient}
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html).
 * The client is built on first use, so an engine that never reads a stream never makes one.
 */
final class SdkStreams implements Streams, AutoCloseable {
  private final Supplier<DynamoDbStreamsClient> factory;
  private final boolean ownsClient;
  private DynamoDbStreamsClient client;

  private SdkStreams(Supplier<DynamoDbStreamsClient> factory, boolean ownsClient) {
    this.factory = factory;
    this.ownsClient = ownsClient;
  }

  /** Over a client the caller configured and keeps ownership of. */
  static SdkStreams using(DynamoDbStreamsClient client) {
    return new SdkStreams(() -> client, false);
  }

  /**
   * Over a client built like {@code dynamodb}: its endpoint override (an emulator serves both APIs
   * on one endpoint), region and credentials. Without an override the SDK picks the region's
   * streams endpoint ({@code streams.dynamodb.<region>.amazonaws.com}).
   */
  static SdkStreams matching(DynamoDbClient dynamodb) {
    return new SdkStreams(
        () -> {
          var configuration = dynamodb.serviceClientConfiguration();
          DynamoDbStreamsClientBuilder builder =
              DynamoDbStreamsClient.builder()
                  .httpClientBuilder(UrlConnectionHttpClient.builder())
                  .region(configuration.region())
                  .credentialsProvider(configuration.credentialsProvider());
          configuration.endpointOverride().ifPresent(builder::endpointOverride);
          return builder.build();
        },
        true);
  }

  private synchronized DynamoDbStreamsClient client() {
    if (client == null) {
      client = factory.get();
    }
    return client;
  }

  @Override
  public ListStreamsResponse listStreams(ListStreamsRequest request) {
    var response =
        call(
            () ->
                client()
                    .listStreams(
                        builder ->
                            builder
                                .tableName(request.tableName())
                                .limit(request.limit())
                                .exclusiveStartStreamArn(request.exclusiveStartStreamArn())));
    return new ListStreamsResponse(
        response.streams().stream()
            .map(
                stream ->
                    new StreamSummary(stream.streamArn(), stream.tableName(), stream.streamLabel()))
            .toList(),
        response.lastEvaluatedStreamArn());
  }

  @Override
  public StreamDescription describeStream(DescribeStreamRequest request) {
    var description =
        call(() ->
                client()
                    .describeStream(
                        builder ->
                            builder
                                .streamArn(request.streamArn())
                                .limit(request.limit())
                                .exclusiveStartShardId(request.exclusiveStartShardId())))
            .streamDescription();
    List<Shard> shards =
        description.shards().stream()
            .map(
                shard -> {
                  SequenceNumberRange range = shard.sequenceNumberRange();
                  return new Shard(
                      shard.shardId(),
                      shard.parentShardId(),
                      range == null || range.startingSequenceNumber() == null
                          ? "0"
                          : range.startingSequenceNumber(),
                      range == null ? null : range.endingSequenceNumber());
                })
            .toList();
    return new StreamDescription(
        description.streamArn(),
        description.streamLabel(),
        StreamStatus.valueOf(description.streamStatusAsString()),
        StreamViewType.valueOf(description.streamViewTypeAsString()),
        description.creationRequestDateTime(),
        description.tableName(),
        TableModels.keySchemaFromSdk(description.keySchema()),
        shards,
        description.lastEvaluatedShardId());
  }

  @Override
  public String getShardIterator(GetShardIteratorRequest request) {
    return call(() ->
            client()
                .getShardIterator(
                    builder ->
                        builder
                            .streamArn(request.streamArn())
                            .shardId(request.shardId())
                            .shardIteratorType(request.shardIteratorType().name())
                            .sequenceNumber(request.sequenceNumber())))
        .shardIterator();
  }

  @Override
  public GetRecordsResponse getRecords(GetRecordsRequest request) {
    var response =
        call(
            () ->
                client()
                    .getRecords(
                        builder ->
                            builder.shardIterator(request.shardIterator()).limit(request.limit())));
    List<ChangeRecord> records = response.records().stream().map(ChangeRecords::fromSdk).toList();
    return new GetRecordsResponse(records, response.nextShardIterator());
  }

  /** Closes the client if this object built it. */
  @Override
  public synchronized void close() {
    if (ownsClient && client != null) {
      client.close();
    }
  }

  /** The streams errors Keyspan has types for, then the DynamoDB errors they share. */
  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException e) {
      throw new ExpiredIteratorException(message(e));
    } catch (software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException e) {
      throw new TrimmedDataAccessException(message(e));
    } catch (DynamoDbException e) {
      throw Errors.translate(e);
    } catch (SdkClientException e) {
      throw Errors.transport(e, endpoint());
    }
  }

  private String endpoint() {
    var configuration = client().serviceClientConfiguration();
    return configuration
        .endpointOverride()
        .map(java.net.URI::toString)
        .orElseGet(() -> "the DynamoDB Streams endpoint of region " + configuration.region());
  }

  private static String message(DynamoDbException error) {
    return error.awsErrorDetails() == null
        ? error.getMessage()
        : error.awsErrorDetails().errorMessage();
  }
}
