package io.keyspan.server.internal;

import java.time.Duration;

/**
 * How the HTTP transport protects itself from slow, idle, numerous or oversized clients.
 *
 * @param host the address to bind
 * @param port the port to bind, 0 for any free one
 * @param threads the requests the engine serves at once
 * @param serveOnIoThreads whether requests run on the I/O threads instead (see {@code
 *     KeyspanServer.Builder.serveOnIoThreads})
 * @param headerTimeout from a request's first byte until its header block is complete
 * @param bodyTimeout from the end of the headers until the last byte of the body
 * @param idleTimeout how long a connection may wait for its next request (keep-alive)
 * @param maxConnections open connections past which a new one gets 503 and is closed
 * @param maxBufferedBodyBytes the bytes of request bodies held at once, over all connections, past
 *     which a request gets 503 before its body is read
 * @param shutdownGrace how long closing waits for the requests in progress
 * @param onOutOfMemory what to do when the heap is exhausted while serving
 */
public record TransportSettings(
    String host,
    int port,
    int threads,
    boolean serveOnIoThreads,
    Duration headerTimeout,
    Duration bodyTimeout,
    Duration idleTimeout,
    int maxConnections,
    long maxBufferedBodyBytes,
    Duration shutdownGrace,
    Runnable onOutOfMemory) {}
