package io.keyspan.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The protocol's answer to a {@link WireRequest}: an HTTP status, the headers to send (in a fixed
 * order) and the body, exactly as DynamoDB's endpoint would write them.
 *
 * @param status the HTTP status code
 * @param headers header names and values, in the order to send them
 * @param body the response body; empty for none
 */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {

  public WireResponse {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
  }
}
