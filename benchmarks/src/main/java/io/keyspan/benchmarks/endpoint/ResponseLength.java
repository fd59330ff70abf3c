package io.keyspan.benchmarks.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The length of the HTTP/1.1 response at the start of a buffer, once all of it has arrived: its
 * head plus a Content-Length body or a chunked body (RFC 9112, sections 6.3 and 7.1; trailers are
 * not expected from these endpoints).
 */
final class ResponseLength {
  private ResponseLength() {}

  /** The response's length in bytes, or -1 while it is incomplete. */
  static int of(byte[] bytes, int available) {
    int headEnd = indexOf(bytes, 0, available, "\r\n\r\n");
    if (headEnd < 0) {
      return -1;
    }
    int bodyStart = headEnd + 4;
    String head =
        new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      return chunkedEnd(bytes, bodyStart, available);
    }
    int at = head.indexOf("\r\ncontent-length:");
    if (at < 0) {
      return bodyStart; // no body (the endpoints always send one of the two headers with a body)
    }
    int lineEnd = head.indexOf("\r\n", at + 2);
    int contentLength =
        Integer.parseInt(
            head.substring(
                    at + "\r\ncontent-length:".length(), lineEnd < 0 ? head.length() : lineEnd)
                .trim());
    return available >= bodyStart + contentLength ? bodyStart + contentLength : -1;
  }

  /** Whether a complete response's head says the server closes the connection after it. */
  static boolean closesConnection(byte[] bytes, int available) {
    int headEnd = indexOf(bytes, 0, available, "\r\n\r\n");
    return new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT)
        .contains("\r\nconnection: close");
  }

  private static int chunkedEnd(byte[] bytes, int position, int available) {
    while (true) {
      int lineEnd = indexOf(bytes, position, available, "\r\n");
      if (lineEnd < 0) {
        return -1;
      }
      String size = new String(bytes, position, lineEnd - position, StandardCharsets.ISO_8859_1);
      int semicolon = size.indexOf(';'); // chunk extensions
      int chunk =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (chunk == 0) {
        int end = lineEnd + 4; // the last chunk's line, then the empty line after the trailers
        return available >= end ? end : -1;
      }
      position = lineEnd + 2 + chunk + 2;
      if (position > available) {
        return -1;
      }
    }
  }

  private static int indexOf(byte[] bytes, int from, int to, String text) {
    outer:
    for (int i = from; i <= to - text.length(); i++) {
      for (int j = 0; j < text.length(); j++) {
        if (bytes[i + j] != text.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
