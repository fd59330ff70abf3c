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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 on a request against the configured access keys, in the order
 * and with the answers of DynamoDB's front end: MissingAuthenticationToken (no signature),
 * IncompleteSignature (a part missing or malformed), InvalidSignature (expired, a required header
 * left unsigned, a credential scope for another date, region, service or terminator, a body that is
 * not the one signed, a wrong secret) and UnrecognizedClient (an unknown access key).
 *
 * <p>The payload hash is always computed from the body, so a captured request replayed with another
 * body fails; a sent {@code X-Amz-Content-Sha256} must equal it. {@code host}, {@code x-amz-date},
 * {@code x-amz-target} and a sent {@code x-amz-content-sha256} must be among the signed headers, so
 * none can be changed after signing. Only the headers and the body's bytes are read: the body is
 * never parsed before the signature holds.
 */
public final class SigV4Verifier {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final String SERVICE = "dynamodb";
  private static final String TERMINATOR = "aws4_request";
  private static final String CONTENT_SHA256 = "x-amz-content-sha256";
  private static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** The headers a signature must cover, with the spelling DynamoDB's messages use. */
  private static final Map<String, String> REQUIRED_SIGNED_HEADERS =
      Map.of("host", "Host", "x-amz-date", "X-Amz-Date", "x-amz-target", "X-Amz-Target");

  private static final List<String> REQUIRED_ORDER = List.of("host", "x-amz-date", "x-amz-target");
  private static final HexFormat HEX = HexFormat.of();

  private final Map<String, String> secretsByAccessKey;
  private final Optional<String> region;
  private final Clock clock;

  /**
   * @param region the only region a credential scope may name, or empty to accept any
   */
  public SigV4Verifier(
      Map<String, String> secretsByAccessKey, Optional<String> region, Clock clock) {
    this.secretsByAccessKey = Map.copyOf(secretsByAccessKey);
    this.region = region;
    this.clock = clock;
  }

  /** Throws a {@link WireException} unless the request is signed with a configured key. */
  void verify(WireRequest request) {
    String header = request.header("Authorization").orElse(null);
    if (header == null || !header.trim().startsWith("AWS4-")) {
      throw WireException.missingAuthenticationToken();
    }
    SigV4Authorization authorization = SigV4Authorization.parse(header);
    String date = request.header("X-Amz-Date").orElse(null);
    checkComplete(authorization, date != null || request.header("Date").isPresent(), header);
    Instant signedAt = checkDate(date);
    checkSignedHeaders(request, authorization.signedHeaders());
    if (!authorization.algorithm().equals(ALGORITHM)) {
      throw WireException.incompleteSignature(
          "Unsupported AWS 'algorithm': '"
              + authorization.algorithm()
              + "' (only AWS4-HMAC-SHA256 for now). ");
    }
    String[] scope = credentialScope(authorization.credential());
    checkScope(scope, date);
    String secret = secretsByAccessKey.get(scope[0]);
    if (secret == null) {
      throw WireException.unrecognizedClient();
    }
    String payloadHash = hex(sha256(request.body()));
    Optional<String> sentHash = request.header(CONTENT_SHA256).map(String::trim);
    if (sentHash.isPresent() && !sentHash.get().equals(payloadHash)) {
      throw WireException.invalidSignature(
          "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    String stringToSign =
        String.join(
            "\n",
            ALGORITHM,
            AMZ_DATE.format(signedAt),
            String.join("/", scope[1], scope[2], scope[3], scope[4]),
            hex(
                sha256(
                    CanonicalRequest.of(request, authorization.signedHeaders(), payloadHash)
                        .getBytes(StandardCharsets.UTF_8))));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope[1]);
    for (int i = 2; i < scope.length; i++) {
      key = hmac(key, scope[i]);
    }
    byte[] expected = hmac(key, stringToSign);
    if (!MessageDigest.isEqual(expected, signatureBytes(authorization.signature()))) {
      throw WireException.invalidSignature(
          "The request signature we calculated does not match the signature you provided. Check"
              + " your AWS Secret Access Key and signing method. Consult the service documentation"
              + " for details.");
    }
  }

  private static void checkComplete(
      SigV4Authorization authorization, boolean hasDate, String header) {
    StringBuilder missing = new StringBuilder();
    for (String parameter : authorization.missingParameters()) {
      missing.append("Authorization header requires '").append(parameter).append("' parameter. ");
    }
    if (!hasDate) {
      missing.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw WireException.incompleteSignature(missing + "Authorization=" + header);
    }
  }

  /** The signing time, within 15 minutes of now; a request with only {@code Date} fails here. */
  private Instant checkDate(String date) {
    if (date == null) {
      throw WireException.invalidSignature(
          "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.");
    }
    Instant signedAt;
    try {
      signedAt = Instant.from(AMZ_DATE.parse(date));
    } catch (DateTimeParseException e) {
      throw WireException.incompleteSignature(
          "Date must be in ISO-8601 'basic format'. Got '"
              + date
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(ALLOWED_SKEW))) {
      throw WireException.invalidSignature(
          "Signature expired: "
              + date
              + " is now earlier than "
              + AMZ_DATE.format(now.minus(ALLOWED_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
      throw WireException.invalidSignature(
          "Signature not yet current: "
              + date
              + " is still later than "
              + AMZ_DATE.format(now.plus(ALLOWED_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " + 15 min.)");
    }
    return signedAt;
  }

  /**
   * Host, the date and the operation must be signed, and so must a content hash that was sent:
   * otherwise a captured request could be sent again with another operation or body.
   */
  private static void checkSignedHeaders(WireRequest request, List<String> signedHeaders) {
    for (String name : REQUIRED_ORDER) {
      if (!signedHeaders.contains(name)) {
        throw unsignedHeader(REQUIRED_SIGNED_HEADERS.get(name));
      }
    }
    if (request.header(CONTENT_SHA256).isPresent() && !signedHeaders.contains(CONTENT_SHA256)) {
      throw unsignedHeader("X-Amz-Content-Sha256");
    }
  }

  private static WireException unsignedHeader(String name) {
    return WireException.invalidSignature(
        "'" + name + "' must be a 'SignedHeader' in the AWS Authorization.");
  }

  private static String[] credentialScope(String credential) {
    String[] scope = credential.split("/");
    if (scope.length != 5) {
      throw WireException.incompleteSignature(
          "Credential must have exactly 5 slash-delimited elements, e.g."
              + " keyid/date/region/service/term, got '"
              + credential
              + "'");
    }
    return scope;
  }

  /** Every wrong part of the scope, in one message, as DynamoDB reports them. */
  private void checkScope(String[] scope, String date) {
    List<String> problems = new ArrayList<>();
    if (region.isPresent() && !region.get().equals(scope[2])) {
      problems.add("Credential should be scoped to a valid region, not '" + scope[2] + "'. ");
    }
    if (!scope[3].equals(SERVICE)) {
      problems.add("Credential should be scoped to correct service: '" + SERVICE + "'. ");
    }
    if (!scope[4].equals(TERMINATOR)) {
      problems.add(
          "Credential should be scoped with a valid terminator: '"
              + TERMINATOR
              + "', not '"
              + scope[4]
              + "'. ");
    }
    String day = date.substring(0, 8);
    if (!scope[1].equals(day)) {
      problems.add(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + scope[1]
              + "' != '"
              + day
              + "', from '"
              + date
              + "'.");
    }
    if (!problems.isEmpty()) {
      throw WireException.invalidSignature(String.join("", problems).trim());
    }
  }

  private static byte[] signatureBytes(String signature) {
    try {
      return HEX.parseHex(signature);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
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
