package io.keyspan.server.internal;

import io.keyspan.server.WireResponse;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Writes a {@link WireResponse} as an HTTP/1.1 response. */
final class NettyResponses {
  private NettyResponses() {}

  /** Writes the response; the connection stays open for the next request. */
  static ChannelFuture write(ChannelHandlerContext ctx, WireResponse response, boolean keepAlive) {
    FullHttpResponse http =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(response.status()),
            Unpooled.wrappedBuffer(response.body()));
    response.headers().forEach(http.headers()::set);
    http.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
    if (!keepAlive) {
      http.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    return ctx.writeAndFlush(http);
  }

  /** Writes the response with {@code Connection: close}, then closes the connection. */
  static void writeAndClose(ChannelHandlerContext ctx, WireResponse response) {
    write(ctx, response, false).addListener(ChannelFutureListener.CLOSE);
  }
}
