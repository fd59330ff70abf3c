package io.keyspan.server.internal;

import io.keyspan.server.WireRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 on a request against the configured access keys, and answers
 * a bad request as DynamoDB does: MissingAuthenticationToken, IncompleteSignature,
 * UnrecognizedClient (unknown key) or InvalidSignature (wrong secret, expired date).
 */
public final class SigV4Verifier {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private final Map<String, String> secretsByAccessKey;
  private final Clock clock;

  public SigV4Verifier(Map<String, String> secretsByAccessKey, Clock clock) {
    this.secretsByAccessKey = Map.copyOf(secretsByAccessKey);
    this.clock = clock;
  }

  /** Throws a {@link WireException} unless the request is signed with a configured key. */
  void verify(WireRequest request) {
    String authorization = request.header("Authorization").orElse(null);
    if (authorization == null || !authorization.trim().startsWith("AWS4-")) {
      throw WireException.missingAuthenticationToken();
    }
    Map<String, String> parameters = authorizationParameters(authorization);
    String date = request.header("X-Amz-Date").orElse(null);
    StringBuilder missing = new StringBuilder();
    for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!parameters.containsKey(required)) {
        missing.append("Authorization header requires '").append(required).append("' parameter. ");
      }
    }
    if (date == null) {
      missing.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw WireException.incompleteSignature(missing + "Authorization=" + authorization);
    }
    String algorithm = authorization.trim().split("\\s+", 2)[0];
    if (!algorithm.equals(ALGORITHM)) {
      throw WireException.incompleteSignature(
          "Unsupported AWS 'algorithm': '" + algorithm + "' (only AWS4-HMAC-SHA256 for now). ");
    }
    String[] scope = parameters.get("Credential").split("/");
    if (scope.length != 5) {
      throw WireException.incompleteSignature(
          "Credential must have exactly 5 slash-delimited elements, e.g."
              + " keyid/date/region/service/term, got '" + parameters.get("Credential") + "'");
    }
    checkNotExpired(date);
    String secret = secretsByAccessKey.get(scope[0]);
    if (secret == null) {
      throw WireException.unrecognizedClient();
    }
    String credentialScope = String.join("/", scope[1], scope[2], scope[3], scope[4]);
    String canonicalRequest =
        canonicalRequest(request, parameters.get("SignedHeaders"));
    String stringToSign =
        String.join(
            "\n",
            ALGORITHM,
            date,
            credentialScope,
            hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope[1]);
    key = hmac(key, scope[2]);
    key = hmac(key, scope[3]);
    key = hmac(key, scope[4]);
    byte[] expected = hmac(key, stringToSign);
    byte[] given;
    try {
      given = HEX.parseHex(parameters.get("Signature"));
    } catch (IllegalArgumentException e) {
      given = new byte[0];
    }
    if (!MessageDigest.isEqual(expected, given)) {
      throw WireException.invalidSignature(
          "The request signature we calculated does not match the signature you provided. Check"
              + " your AWS Secret Access Key and signing method. Consult the service documentation"
              + " for details.");
    }
  }

  private void checkNotExpired(String date) {
    Instant signedAt;
    try {
      signedAt = Instant.from(AMZ_DATE.parse(date));
    } catch (DateTimeParseException e) {
      throw WireException.incompleteSignature(
          "Date must be in ISO-8601 'basic format'. Got '" + date
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(ALLOWED_SKEW))) {
      throw WireException.invalidSignature(
          "Signature expired: " + date + " is now earlier than "
              + AMZ_DATE.format(now.minus(ALLOWED_SKEW))
              + " (" + AMZ_DATE.format(now) + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
      throw WireException.invalidSignature(
          "Signature not yet current: " + date + " is still later than "
              + AMZ_DATE.format(now.plus(ALLOWED_SKEW))
              + " (" + AMZ_DATE.format(now) + " + 15 min.)");
    }
  }

  private static Map<String, String> authorizationParameters(String authorization) {
    String[] algorithmAndRest = authorization.trim().split("\\s+", 2);
    Map<String, String> parameters = new LinkedHashMap<>();
    if (algorithmAndRest.length < 2) {
      return parameters;
    }
    for (String part : algorithmAndRest[1].split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parameters.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
      }
    }
    return parameters;
  }

  private static String canonicalRequest(WireRequest request, String signedHeaders) {
    StringBuilder canonical = new StringBuilder();
    canonical.append(request.method()).append('\n');
    canonical.append(request.rawPath()).append('\n');
    canonical.append(canonicalQuery(request.rawQuery())).append('\n');
    for (String name : signedHeaders.split(";")) {
      List<String> values = request.headers().get(name);
      String value = values == null ? "" : String.join(",", values);
      canonical.append(name.toLowerCase(Locale.ROOT)).append(':')
          .append(value.trim().replaceAll("\\s+", " ")).append('\n');
    }
    canonical.append('\n').append(signedHeaders).append('\n');
    String payloadHash = request.header("X-Amz-Content-Sha256").orElse(null);
    canonical.append(payloadHash != null ? payloadHash : hex(sha256(request.body())));
    return canonical.toString();
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>(List.of(rawQuery.split("&")));
    pairs.replaceAll(pair -> pair.contains("=") ? pair : pair + "=");
    pairs.sort(null);
    return String.join("&", pairs);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }
}
