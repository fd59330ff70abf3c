package io.keyspan.engine;

import io.keyspan.expression.Projection;

/** What GetItem, Query and Scan requests share: the table, the paths to return, how to read. */
public sealed interface ReadRequest permits GetItemRequest, PageRequest {
  String tableName();

  /** The paths to return; null for whole items. */
  Projection projection();

  /** Strongly consistent read (costs twice as much; not on a global secondary index). */
  boolean consistentRead();

  ReturnConsumedCapacity returnConsumedCapacity();
}
