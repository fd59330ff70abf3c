/**
 * A table's change feed as typed Java objects, over the engine SPI's DynamoDB Streams ({@link
 * io.keyspan.engine.stream.Streams}), so it works on every engine that serves streams.
 *
 * <pre>{@code
 * ChangeSubscription<User> feed = users.changes().from(ChangeStart.TRIM_HORIZON);
 * ChangePage<User> page = feed.poll();            // what is there now, never waits
 * page.changes().forEach(change -> ...);
 * store(page.checkpoint().toString());            // resume later: from(Checkpoint.parse(saved))
 * }</pre>
 *
 * <p>Delivery is at least once, in order per item: a shard's records in sequence-number order, a
 * parent shard read to its end before its children, and an older stream of the table (disabled,
 * then re-enabled) before a newer one. See
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html.
 */
package io.keyspan.repository.changes;
