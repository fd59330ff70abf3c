package io.keyspan.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A plain socket to the server, for what HTTP clients will not do: send half a request, stall, or
 * set the Host header. Every read gives up after 10 s, so a server that never answers fails the
 * test instead of hanging it.
 */
final class RawConnection implements AutoCloseable {
  private final Socket socket;

  RawConnection(URI endpoint) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 10_000);
    socket.setSoTimeout(10_000);
  }

  /** An answer: its status and body. */
  record Answer(int status, String body) {}

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  void send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
  }

  /** Sends a whole request with these headers (Content-Length added) and body. */
  void sendRequest(Map<String, String> headers, byte[] body) throws IOException {
    StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    send(head.toString());
    send(body);
  }

  /** Reads one answer (status line, headers, Content-Length bytes of body). */
  Answer readAnswer() throws IOException {
    InputStream in = socket.getInputStream();
    String statusLine = line(in);
    if (statusLine == null) {
      throw new IOException("connection closed before an answer");
    }
    int length = 0;
    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(header.substring("content-length:".length()).trim());
      }
    }
    return new Answer(
        Integer.parseInt(statusLine.split(" ")[1]),
        new String(in.readNBytes(length), StandardCharsets.UTF_8));
  }

  /** True once the server has closed the connection (within the 10 s read timeout). */
  boolean closedByServer() throws IOException {
    try {
      return socket.getInputStream().read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset
    }
  }

  /**
   * Waits for the answer to start, reads nothing for two more seconds, then reads until the end:
   * true when the server closed the connection before the whole answer was read (the end comes
   * after fewer than 10 MB).
   */
  boolean closedByServerAfterDraining() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (socket.getInputStream().available() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    // A client that does not read: the pause, far longer than the server's idle timeout in the
    // test, is the behaviour under test.
    Thread.sleep(2_000);
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int n = socket.getInputStream().read(buffer);
          n != -1;
          n = socket.getInputStream().read(buffer)) {
        total += n;
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // reset
    }
    return total < 10_000_000;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b == -1) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
