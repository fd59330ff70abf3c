package io.keyspan.server.internal;

import io.keyspan.server.WireRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SigV4's canonical request for a received request, as
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
 * defines it and as the AWS SDKs' signers build it: the path normalised and URI-encoded a second
 * time, the query parameters decoded, re-encoded and sorted, each signed header's values trimmed
 * with inner runs of white space collapsed and joined by commas, and the payload hash the caller
 * computed from the body.
 */
final class CanonicalRequest {
  private CanonicalRequest() {}

  static String of(WireRequest request, List<String> signedHeaders, String payloadHash) {
    StringBuilder canonical = new StringBuilder(512);
    canonical.append(request.method()).append('\n');
    canonical.append(canonicalPath(request.rawPath())).append('\n');
    canonical.append(canonicalQuery(request.rawQuery())).append('\n');
    for (String name : signedHeaders) {
      canonical.append(name).append(':');
      List<String> values = request.headers().getOrDefault(name, List.of());
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          canonical.append(',');
        }
        appendTrimmed(canonical, values.get(i));
      }
      canonical.append('\n');
    }
    canonical.append('\n').append(String.join(";", signedHeaders)).append('\n');
    return canonical.append(payloadHash).toString();
  }

  private static String canonicalPath(String rawPath) {
    String normalized;
    try {
      normalized = new URI("http://h" + rawPath).normalize().getRawPath();
    } catch (URISyntaxException e) {
      normalized = rawPath;
    }
    if (normalized == null || normalized.isEmpty()) {
      return "/";
    }
    boolean trailingSlash = rawPath.endsWith("/");
    String encoded = encode(normalized, true);
    if (!trailingSlash && encoded.length() > 1 && encoded.endsWith("/")) {
      encoded = encoded.substring(0, encoded.length() - 1);
    }
    return encoded;
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return "";
    }
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (!name.isEmpty()) {
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        pairs.add(Map.entry(encode(name, false), encode(value, false)));
      }
    }
    pairs.sort(
        Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> pair : pairs) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(pair.getKey()).append('=').append(pair.getValue());
    }
    return query.toString();
  }

  /** Percent-encodes all but RFC 3986's unreserved characters (and, for paths, {@code /}). */
  private static String encode(String text, boolean keepSlashes) {
    StringBuilder encoded = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~'
          || (keepSlashes && c == '/')) {
        encoded.append(c);
      } else {
        encoded
            .append('%')
            .append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** Appends the value without leading and trailing white space, inner runs made one space. */
  private static void appendTrimmed(StringBuilder out, String value) {
    boolean pendingSpace = false;
    boolean started = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f') {
        pendingSpace = started;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
        started = true;
      }
    }
  }
}
