/**
 * The change feed of the engine SPI: DynamoDB Streams as Java. {@link
 * io.keyspan.engine.stream.Streams} mirrors the DynamoDB Streams API (ListStreams, DescribeStream,
 * GetShardIterator, GetRecords; see
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB_Streams.html);
 * an engine that has streams returns it from {@link io.keyspan.engine.Engine#streams()}.
 */
package io.keyspan.engine.stream;
