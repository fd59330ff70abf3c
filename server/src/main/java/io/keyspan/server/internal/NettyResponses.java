package io.keyspan.server.internal;

import io.keyspan.server.WireResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Writes a {@link WireResponse} as an HTTP/1.1 response. */
final class NettyResponses {
  /**
   * The protocol writes every response header itself (fixed names; values it generated, such as the
   * request id and the CRC), so Netty's per-header validation would only repeat work.
   */
  private static final HttpHeadersFactory OWN_HEADERS =
      DefaultHttpHeadersFactory.headersFactory().withValidation(false);

  private static final HttpHeadersFactory NO_TRAILERS =
      DefaultHttpHeadersFactory.trailersFactory().withValidation(false);

  private NettyResponses() {}

  /** Writes the response; the connection stays open for the next request. */
  static ChannelFuture write(ChannelHandlerContext ctx, WireResponse response, boolean keepAlive) {
    FullHttpResponse http =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(response.status()),
            Unpooled.wrappedBuffer(response.body()),
            OWN_HEADERS,
            NO_TRAILERS);
    HttpHeaders headers = http.headers();
    response.headers().forEach(headers::set);
    headers.set(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(response.body().length));
    if (!keepAlive) {
      headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    return ctx.writeAndFlush(http);
  }

  /** Writes the response with {@code Connection: close}, then closes the connection. */
  static void writeAndClose(ChannelHandlerContext ctx, WireResponse response) {
    write(ctx, response, false).addListener(ChannelFutureListener.CLOSE);
  }
}
