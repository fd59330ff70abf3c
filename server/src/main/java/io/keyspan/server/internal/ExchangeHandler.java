package io.keyspan.server.internal;

import io.keyspan.server.WireRequest;
import io.keyspan.server.WireResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands each complete request to {@link DynamoDbProtocol} on the given executor (the request
 * threads, or the event loop itself for an engine that never blocks) and writes the answer back. A
 * connection reads nothing more until its answer is written, so answers keep the order of requests
 * and one client cannot queue unbounded work.
 */
final class ExchangeHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = Logger.getLogger(ExchangeHandler.class.getName());

  private final DynamoDbProtocol protocol;
  private final Executor requests;
  private final InFlight inFlight;
  private final RequestLifecycle lifecycle;
  private final Runnable onOutOfMemory;
  private final Queue<Exchange> pending = new ArrayDeque<>();

  /** A request received and how to end its answer. */
  private record Exchange(WireRequest request, boolean keepAlive) {}

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
    ctx.channel().config().setAutoRead(false);
    // A pipelining client may have sent more requests than the one in progress: they wait here,
    // on the event loop, and are answered in order.
    pending.add(new Exchange(wireRequest(request), HttpUtil.isKeepAlive(request)));
    if (pending.size() == 1) {
      dispatch(ctx);
    }
  }

  /** Serves the first pending request on a request thread. */
  private void dispatch(ChannelHandlerContext ctx) {
    Exchange exchange = pending.peek();
    inFlight.enter();
    try {
      requests.execute(() -> serve(ctx, exchange));
    } catch (RejectedExecutionException e) {
      inFlight.exit();
      NettyResponses.writeAndClose(ctx, protocol.serviceUnavailable("The server is stopping."));
    }
  }

  private void serve(ChannelHandlerContext ctx, Exchange exchange) {
    WireResponse response;
    try {
      response = protocol.handle(exchange.request());
    } catch (OutOfMemoryError e) {
      inFlight.exit();
      ctx.close();
      onOutOfMemory.run();
      return;
    } catch (Throwable e) { // the protocol answers every failure; this is a last resort
      LOG.log(Level.SEVERE, "a request failed unexpectedly; its connection was closed", e);
      inFlight.exit();
      ctx.close();
      return;
    }
    ctx.executor().execute(() -> write(ctx, exchange, response));
  }

  /** On the event loop: writes the answer, then goes on with the connection. */
  private void write(ChannelHandlerContext ctx, Exchange exchange, WireResponse response) {
    lifecycle.answering();
    NettyResponses.write(ctx, response, exchange.keepAlive())
        .addListener(written -> answered(ctx, exchange, written.isSuccess()));
  }

  /** On the event loop, once the answer is written: the next pending request, or the next read. */
  private void answered(ChannelHandlerContext ctx, Exchange exchange, boolean written) {
    inFlight.exit();
    pending.poll();
    if (!exchange.keepAlive() || !written) {
      ctx.close();
    } else if (!pending.isEmpty()) {
      dispatch(ctx);
    } else {
      lifecycle.answered();
      ctx.channel().config().setAutoRead(true);
    }
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
    // Most headers come once: a one-value immutable list, which WireRequest keeps as it is.
    Map<String, List<String>> headers = new LinkedHashMap<>(32);
    for (Iterator<Map.Entry<String, String>> entries = request.headers().iteratorAsString();
        entries.hasNext(); ) {
      Map.Entry<String, String> header = entries.next();
      headers.merge(header.getKey(), List.of(header.getValue()), ExchangeHandler::concat);
    }
    return new WireRequest(
        request.method().name(),
        question < 0 ? uri : uri.substring(0, question),
        question < 0 ? "" : uri.substring(question + 1),
        headers,
        ByteBufUtil.getBytes(request.content()));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first.size() + second.size());
    both.addAll(first);
    both.addAll(second);
    return both;
  }
}
