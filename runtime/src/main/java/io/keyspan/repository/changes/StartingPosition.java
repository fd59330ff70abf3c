package io.keyspan.repository.changes;

/**
 * Where a subscription starts reading a table's change feed: at one end of it ({@link ChangeStart})
 * or after the changes a consumer already handled ({@link Checkpoint}).
 */
public sealed interface StartingPosition permits ChangeStart, Checkpoint {}
