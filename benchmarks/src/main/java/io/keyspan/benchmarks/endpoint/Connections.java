package io.keyspan.benchmarks.endpoint;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Persistent HTTP/1.1 connections driven by one thread and a selector: each connection writes a
 * pre-serialized request, reads the whole response (Content-Length or chunked), and writes the
 * next. Per request it only decodes the response's head, so the generator's CPU per request stays
 * far below an endpoint's (both are printed).
 */
final class Connections implements AutoCloseable {
  /** What one run did: responses read, of which not 200, and the run's length. */
  record Result(long completed, long errors, long elapsedNanos) {}

  private static final Duration DRAIN = Duration.ofSeconds(30);

  private final Selector selector;
  private final InetSocketAddress address;
  private final List<Connection> connections = new ArrayList<>();
  private final List<byte[]> requests;
  private int nextRequest;
  private long completed;
  private long errors;

  Connections(InetSocketAddress address, int count, List<byte[]> requests) throws IOException {
    this.selector = Selector.open();
    this.address = address;
    this.requests = requests;
    for (int i = 0; i < count; i++) {
      Connection connection = new Connection();
      connect(connection);
      connections.add(connection);
    }
  }

  /**
   * Opens the connection's socket; again after a response that closes it, as an endpoint without
   * keep-alive (moto's development server) does after every response.
   */
  private void connect(Connection connection) throws IOException {
    if (connection.channel != null) {
      connection.channel.close();
    }
    connection.channel = SocketChannel.open(address);
    connection.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    connection.channel.configureBlocking(false);
    connection.key = connection.channel.register(selector, 0, connection);
  }

  /** Keeps every connection busy for the duration, then waits for the responses in flight. */
  Result runFor(Duration duration) throws IOException {
    completed = 0;
    errors = 0;
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (Connection connection : connections) {
      send(connection);
    }
    int inFlight = connections.size();
    long stopAt = end + DRAIN.toNanos();
    while (inFlight > 0) {
      long now = System.nanoTime();
      if (now > stopAt) {
        throw new IllegalStateException("responses still missing after the drain period");
      }
      selector.select(10);
      Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
      while (keys.hasNext()) {
        SelectionKey key = keys.next();
        keys.remove();
        Connection connection = (Connection) key.attachment();
        if (key.isWritable()) {
          write(connection);
        } else if (key.isReadable() && read(connection)) {
          if (System.nanoTime() < end) {
            send(connection);
          } else {
            connection.key.interestOps(0);
            inFlight--;
          }
        }
      }
    }
    return new Result(completed, errors, Math.max(1, System.nanoTime() - start));
  }

  private void send(Connection connection) throws IOException {
    connection.out = ByteBuffer.wrap(requests.get(nextRequest));
    nextRequest = (nextRequest + 1) % requests.size();
    connection.in.clear();
    write(connection);
  }

  private void write(Connection connection) throws IOException {
    connection.channel.write(connection.out);
    connection.key.interestOps(
        connection.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
  }

  /** Reads what arrived; true once the whole response is in. */
  private boolean read(Connection connection) throws IOException {
    if (!connection.in.hasRemaining()) {
      ByteBuffer larger = ByteBuffer.allocate(connection.in.capacity() * 2);
      connection.in.flip();
      larger.put(connection.in);
      connection.in = larger;
    }
    if (connection.channel.read(connection.in) < 0) {
      throw new IllegalStateException("the endpoint closed a connection");
    }
    byte[] bytes = connection.in.array();
    int length = ResponseLength.of(bytes, connection.in.position());
    if (length < 0) {
      return false;
    }
    completed++;
    if (ResponseLength.closesConnection(bytes, length)) {
      connect(connection);
    }
    if (!startsWith(bytes, "HTTP/1.1 200")) {
      if (errors++ == 0) {
        System.err.println("first error: " + new String(bytes, 0, length, StandardCharsets.UTF_8));
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (bytes[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    for (Connection connection : connections) {
      connection.channel.close();
    }
    selector.close();
  }

  private static final class Connection {
    SocketChannel channel;
    SelectionKey key;
    ByteBuffer out;
    ByteBuffer in = ByteBuffer.allocate(4096);
  }
}
