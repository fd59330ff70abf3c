package io.keyspan.engine.stream;

/** A stream as ListStreams names it. */
public record StreamSummary(String streamArn, String tableName, String streamLabel) {}
