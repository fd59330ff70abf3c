package io.keyspan.server.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.server.WireRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * The verifier against the AWS SDK's own SigV4 signer: what the SDK signs is accepted, and every
 * way of reusing a signature for another request is refused with DynamoDB's answer.
 */
class SigV4VerifierTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String BODY = "{\"TableName\":\"Orders\"}";
  private static final AwsCredentialsIdentity KEY =
      AwsCredentialsIdentity.create("AKIDKEYSPAN", "s3cr3t");

  private final SigV4Verifier anyRegion = verifier(Optional.empty());

  private static SigV4Verifier verifier(Optional<String> region) {
    return new SigV4Verifier(
        Map.of("AKIDKEYSPAN", "s3cr3t"), region, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** A DynamoDB request signed by the SDK, with these extra headers and query string. */
  private static SignedRequest sdkSigned(
      Map<String, List<String>> extraHeaders,
      String query,
      String body,
      String region,
      String service) {
    SdkHttpRequest.Builder http =
        unsignedRequest(query).putHeader("X-Amz-Target", "DynamoDB_20120810.DescribeTable");
    extraHeaders.forEach(http::putHeader);
    return sign(http.build(), body, region, service);
  }

  private static SdkHttpRequest.Builder unsignedRequest(String query) {
    return SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:8000/" + (query.isEmpty() ? "" : "?" + query)))
        .putHeader("Host", "127.0.0.1:8000")
        .putHeader("Content-Type", "application/x-amz-json-1.0");
  }

  /** The request as the SDK's own SigV4 signer signs it, at {@link #NOW}. */
  private static SignedRequest sign(
      SdkHttpRequest http, String body, String region, String service) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return AwsV4HttpSigner.create()
        .sign(
            request ->
                request
                    .identity(KEY)
                    .request(http)
                    .payload(() -> new ByteArrayInputStream(bytes))
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  /** The signed request with its Authorization header rewritten. */
  private static WireRequest withAuthorization(UnaryOperator<String> rewrite) {
    SdkHttpRequest signed = sdkSigned().request();
    String authorization = rewrite.apply(signed.firstMatchingHeader("Authorization").orElseThrow());
    return received(signed.toBuilder().putHeader("Authorization", authorization).build(), BODY);
  }

  private static SignedRequest sdkSigned() {
    return sdkSigned(Map.of(), "", BODY, "us-west-2", "dynamodb");
  }

  /** What the server receives: the signed request's headers and the given body. */
  private static WireRequest received(SignedRequest signed, String body) {
    return received(signed.request(), body);
  }

  private static WireRequest received(SdkHttpRequest request, String body) {
    return new WireRequest(
        request.method().name(),
        request.encodedPath().isEmpty() ? "/" : request.encodedPath(),
        request.getUri().getRawQuery(),
        request.headers(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static WireException rejection(SigV4Verifier verifier, WireRequest request) {
    return assertThrows(WireException.class, () -> verifier.verify(request));
  }

  @Test
  void sdkSignedRequest_isAccepted() {
    anyRegion.verify(received(sdkSigned(), BODY));
  }

  @Test
  void sdkSignedRequests_withOddHeadersAndQueries_areAccepted() {
    // The server's canonical request must be the SDK's, byte for byte, whatever the request holds.
    Random random = new Random(12);
    String alphabet = "aZ09 -_.~/+=&%:,;!*'()\t";
    for (int i = 0; i < 200; i++) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      int count = random.nextInt(3);
      for (int h = 0; h < count; h++) {
        List<String> values = new ArrayList<>();
        for (int v = 0; v <= random.nextInt(2); v++) {
          values.add(text(random, alphabet, 1 + random.nextInt(12)));
        }
        headers.put("X-Custom-" + h, values);
      }
      String query =
          random.nextBoolean()
              ? ""
              : "b="
                  + encoded(text(random, alphabet, 5))
                  + "&a="
                  + encoded(text(random, alphabet, 3))
                  + "&a=1";
      SignedRequest signed = sdkSigned(headers, query, BODY + i, "eu-west-1", "dynamodb");
      anyRegion.verify(received(signed, BODY + i));
    }
  }

  @Test
  void replayWithAnotherBody_isRefused() {
    // The SDK sends the body's hash in X-Amz-Content-Sha256; the server computes its own.
    WireException refused =
        rejection(anyRegion, received(sdkSigned(), "{\"TableName\":\"Secrets\"}"));

    assertThat(refused.type()).isEqualTo("com.amazon.coral.service#InvalidSignatureException");
    assertThat(refused.getMessage())
        .isEqualTo("The provided 'x-amz-content-sha256' header does not match what was computed.");
  }

  @Test
  void contentHashHeaderMatchingAnotherBody_isRefused() {
    SignedRequest signed = sdkSigned();
    WireRequest forged =
        received(
            signed.request().toBuilder()
                .putHeader("x-amz-content-sha256", sha256Hex("{\"TableName\":\"Other\"}"))
                .build(),
            "{\"TableName\":\"Other\"}");

    assertThat(rejection(anyRegion, forged).getMessage())
        .startsWith(
            "The request signature we calculated does not match the signature you provided.");
  }

  @Test
  void targetChangedAfterSigning_isRefused() {
    SdkHttpRequest signed = sdkSigned().request();
    WireRequest changed =
        received(
            signed.toBuilder().putHeader("X-Amz-Target", "DynamoDB_20120810.DeleteTable").build(),
            BODY);

    assertThat(rejection(anyRegion, changed).getMessage())
        .startsWith(
            "The request signature we calculated does not match the signature you provided.");
  }

  @Test
  void signatureThatSignsOnlyTheDate_isRefused() {
    WireException refused =
        rejection(
            anyRegion,
            withAuthorization(
                header -> header.replaceAll("SignedHeaders=[^,]+", "SignedHeaders=x-amz-date")));

    assertThat(refused.type()).isEqualTo("com.amazon.coral.service#InvalidSignatureException");
    assertThat(refused.getMessage())
        .isEqualTo("'Host' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void targetLeftUnsigned_isRefused() {
    // Signed without X-Amz-Target, which is added afterwards: the operation could be swapped.
    SdkHttpRequest signed =
        sign(unsignedRequest("").build(), BODY, "us-west-2", "dynamodb").request();
    WireRequest withTarget =
        received(
            signed.toBuilder().putHeader("X-Amz-Target", "DynamoDB_20120810.DeleteTable").build(),
            BODY);

    assertThat(rejection(anyRegion, withTarget).getMessage())
        .isEqualTo("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void scopeForAnotherRegion_isRefusedWhenARegionIsConfigured() {
    SignedRequest signed = sdkSigned(Map.of(), "", BODY, "eu-west-1", "dynamodb");

    verifier(Optional.of("eu-west-1")).verify(received(signed, BODY));
    WireException refused = rejection(verifier(Optional.of("us-east-1")), received(signed, BODY));
    assertThat(refused.type()).isEqualTo("com.amazon.coral.service#InvalidSignatureException");
    assertThat(refused.getMessage())
        .isEqualTo("Credential should be scoped to a valid region, not 'eu-west-1'.");
  }

  @Test
  void scopeForAnotherService_isRefused() {
    SignedRequest signed = sdkSigned(Map.of(), "", BODY, "us-west-2", "s3");

    assertThat(rejection(anyRegion, received(signed, BODY)).getMessage())
        .isEqualTo("Credential should be scoped to correct service: 'dynamodb'.");
  }

  @Test
  void scopeWithAnotherDateOrTerminator_isRefused_withEveryProblemNamed() {
    WireException refused =
        rejection(
            anyRegion,
            withAuthorization(
                header ->
                    header
                        .replace("/20260301/", "/20260228/")
                        .replace("/aws4_request", "/aws5_request")));

    assertThat(refused.getMessage())
        .isEqualTo(
            "Credential should be scoped with a valid terminator: 'aws4_request', not"
                + " 'aws5_request'. Date in Credential scope does not match YYYYMMDD from ISO-8601"
                + " version of date from HTTP: '20260228' != '20260301', from '20260301T120000Z'.");
  }

  @Test
  void credentialWithoutScope_isIncomplete() {
    WireException refused =
        rejection(
            anyRegion,
            withAuthorization(
                header -> header.replaceAll("Credential=[^,]+", "Credential=AKIDKEYSPAN")));

    assertThat(refused.type()).isEqualTo("com.amazon.coral.service#IncompleteSignatureException");
    assertThat(refused.getMessage())
        .isEqualTo(
            "Credential must have exactly 5 slash-delimited elements, e.g."
                + " keyid/date/region/service/term, got 'AKIDKEYSPAN'");
  }

  @Test
  void unsignedRequest_isMissingAuthenticationToken() {
    SdkHttpRequest unsigned =
        sdkSigned().request().toBuilder().removeHeader("Authorization").build();

    assertThat(rejection(anyRegion, received(unsigned, BODY)).type())
        .isEqualTo("com.amazon.coral.service#MissingAuthenticationTokenException");
  }

  private static String text(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String sha256Hex(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
