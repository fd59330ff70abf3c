package io.keyspan.server.internal;

import io.keyspan.server.WireRequest;
import io.keyspan.server.WireResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands each complete request to {@link DynamoDbProtocol} on the request threads, never on the
 * event loop, and writes the answer back. A connection reads nothing more until its answer is
 * written, so answers keep the order of requests and one client cannot queue unbounded work.
 */
final class ExchangeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = Logger.getLogger(ExchangeHandler.class.getName());

  private final DynamoDbProtocol protocol;
  private final Executor requests;
  private final InFlight inFlight;
  private final RequestLifecycle lifecycle;
  private final Runnable onOutOfMemory;

  ExchangeHandler(
      DynamoDbProtocol protocol,
      Executor requests,
      InFlight inFlight,
      RequestLifecycle lifecycle,
      Runnable onOutOfMemory) {
    this.protocol = protocol;
    this.requests = requests;
    this.inFlight = inFlight;
    this.lifecycle = lifecycle;
    this.onOutOfMemory = onOutOfMemory;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (request.decoderResult().isFailure()) {
      NettyResponses.writeAndClose(ctx, protocol.badRequest());
      return;
    }
    WireRequest wire = wireRequest(request);
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    ctx.channel().config().setAutoRead(false);
    inFlight.enter();
    try {
      requests.execute(() -> serve(ctx, wire, keepAlive));
    } catch (RejectedExecutionException e) {
      inFlight.exit();
      NettyResponses.writeAndClose(ctx, protocol.serviceUnavailable("The server is stopping."));
    }
  }

  private void serve(ChannelHandlerContext ctx, WireRequest request, boolean keepAlive) {
    WireResponse response;
    try {
      response = protocol.handle(request);
    } catch (OutOfMemoryError e) {
      inFlight.exit();
      ctx.close();
      onOutOfMemory.run();
      return;
    }
    NettyResponses.write(ctx, response, keepAlive)
        .addListener(
            written -> {
              inFlight.exit();
              if (keepAlive && written.isSuccess()) {
                lifecycle.answered();
                ctx.channel().config().setAutoRead(true);
              } else {
                ctx.close();
              }
            });
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof OutOfMemoryError) {
      ctx.close();
      onOutOfMemory.run();
      return;
    }
    LOG.log(Level.FINE, "connection failed", cause);
    ctx.close();
  }

  private static WireRequest wireRequest(FullHttpRequest request) {
    String uri = request.uri();
    int question = uri.indexOf('?');
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.headers().forEach(
        header -> headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>())
            .add(header.getValue()));
    return new WireRequest(
        request.method().name(),
        question < 0 ? uri : uri.substring(0, question),
        question < 0 ? "" : uri.substring(question + 1),
        headers,
        ByteBufUtil.getBytes(request.content()));
  }
}
