package io.keyspan.engine.stream;

/**
 * ListStreams.
 *
 * @param tableName only this table's streams; null for all
 * @param limit at most this many (1 to 100); null for 100
 * @param exclusiveStartStreamArn the previous page's last stream; null for the first page
 */
public record ListStreamsRequest(String tableName, Integer limit, String exclusiveStartStreamArn) {}
