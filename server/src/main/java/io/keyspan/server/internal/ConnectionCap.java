package io.keyspan.server.internal;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the open connections: past the bound a new connection is answered 503 (ServiceUnavailable,
 * which SDKs retry with backoff) and closed before anything of it is read.
 */
@ChannelHandler.Sharable
final class ConnectionCap extends ChannelInboundHandlerAdapter {
  private static final AttributeKey<Boolean> REFUSED = AttributeKey.valueOf("keyspan.refused");

  private final int maxConnections;
  private final DynamoDbProtocol protocol;
  private final AtomicInteger open = new AtomicInteger();

  ConnectionCap(int maxConnections, DynamoDbProtocol protocol) {
    this.maxConnections = maxConnections;
    this.protocol = protocol;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    if (open.incrementAndGet() > maxConnections) {
      ctx.channel().attr(REFUSED).set(true);
      NettyResponses.writeAndClose(
          ctx,
          protocol.serviceUnavailable(
              "Too many open connections (at most " + maxConnections + "); retry later."));
      return;
    }
    super.channelActive(ctx);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
    if (Boolean.TRUE.equals(ctx.channel().attr(REFUSED).get())) {
      ReferenceCountUtil.release(message);
      return;
    }
    super.channelRead(ctx, message);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    open.decrementAndGet();
    super.channelInactive(ctx);
  }
}
