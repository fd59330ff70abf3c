package io.keyspan.server;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as DynamoDB's JSON protocol sees it, independent of the transport that carried
 * it: the method, the raw path and query, the headers (names compared case-insensitively, as HTTP
 * does) and the whole body.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param rawPath the path as sent, still percent-encoded; {@code /} for DynamoDB's operations
 * @param rawQuery the query string as sent, without {@code ?}; empty when there is none
 * @param headers every header with all its values, in the order received
 * @param body the request body; empty for none
 */
public record WireRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  public WireRequest {
    Objects.requireNonNull(method, "method");
    rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    rawQuery = rawQuery == null ? "" : rawQuery;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), WireRequest::concat));
    headers = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(body, "body");
  }

  /** A {@code POST /} of a DynamoDB operation, the shape every SDK sends. */
  public static WireRequest post(Map<String, List<String>> headers, byte[] body) {
    return new WireRequest("POST", "/", "", headers, body);
  }

  /** The first value of a header, if the request has it. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new java.util.ArrayList<>(first.size() + second.size());
    both.addAll(first);
    both.addAll(second);
    return Collections.unmodifiableList(both);
  }
}
