package io.keyspan.test;

import io.keyspan.server.WireProtocol;
import io.keyspan.server.WireRequest;
import io.keyspan.server.WireResponse;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * One request/response exchange between an SDK HTTP client and the server's protocol, in memory:
 * the SDK's request becomes a {@link WireRequest}, the protocol's answer an {@link SdkHttpResponse}
 * with exactly the status, headers and body the HTTP server would send.
 */
final class WireExchange {
  private final WireProtocol protocol;

  WireExchange(WireProtocol protocol) {
    this.protocol = protocol;
  }

  /** The protocol's answer to a request and its whole body. */
  Answer answer(SdkHttpRequest request, byte[] body) {
    WireResponse response =
        protocol.handle(
            new WireRequest(
                request.method().name(),
                request.encodedPath(),
                request.encodedQueryParameters().orElse(""),
                request.headers(),
                body));
    SdkHttpFullResponse.Builder headers = SdkHttpResponse.builder().statusCode(response.status());
    response.headers().forEach(headers::putHeader);
    return new Answer(headers.build(), response.body());
  }

  record Answer(SdkHttpResponse response, byte[] body) {}
}
