package io.keyspan.server.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandler;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One connection's deadlines and memory reservation, request after request. A connection waits for
 * a request at most the idle timeout; once a request's first byte arrives its header block must be
 * complete within the header timeout, and its body within the body timeout, and its answer must be
 * read within the idle timeout: a slow client loses its connection (with a 408 when a request was
 * under way), whatever it trickles in. Before the body is read, its length is reserved in the
 * shared {@link BodyBudget}; without room the request gets 503. Everything runs on the connection's
 * event loop, so the state needs no locks.
 */
final class RequestLifecycle {
  private enum Phase {
    IDLE,
    HEADERS,
    BODY,
    ANSWERING,
    REFUSED
  }

  private final TransportSettings settings;
  private final BodyBudget budget;
  private final long maxRequestBytes;
  private final DynamoDbProtocol protocol;
  private Phase phase = Phase.IDLE;

  /**
   * When the current phase's time runs out ({@link System#nanoTime()}), if {@link #armed}. Moving
   * it costs no scheduling: one timer, due no later than the deadline, looks again when it fires.
   */
  private long deadline;

  private boolean armed;
  private ScheduledFuture<?> timer;
  private long timerDue;
  private long reserved;
  private ChannelHandlerContext messages;

  RequestLifecycle(TransportSettings settings, BodyBudget budget, DynamoDbProtocol protocol) {
    this.settings = settings;
    this.budget = budget;
    this.maxRequestBytes = protocol.maxRequestBytes();
    this.protocol = protocol;
  }

  /** Goes before the HTTP decoder: notices a request's first byte. */
  ChannelInboundHandler bytes() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelActive(ChannelHandlerContext ctx) throws Exception {
        expire(ctx, settings.idleTimeout());
        super.channelActive(ctx);
      }

      @Override
      public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
        if (phase == Phase.IDLE && message instanceof ByteBuf bytes && bytes.isReadable()) {
          phase = Phase.HEADERS;
          expire(ctx, settings.headerTimeout());
        }
        super.channelRead(ctx, message);
      }

      @Override
      public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancelDeadline();
        stopTimer();
        releaseReservation();
        super.channelInactive(ctx);
      }
    };
  }

  /** Goes after the HTTP decoder: notices complete headers and the end of the body. */
  ChannelInboundHandler messages() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void handlerAdded(ChannelHandlerContext ctx) {
        messages = ctx;
      }

      @Override
      public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
        if (phase == Phase.REFUSED) {
          ReferenceCountUtil.release(message);
          return;
        }
        if (message instanceof HttpRequest request && request.decoderResult().isSuccess()) {
          long declared = HttpUtil.getContentLength(request, -1L);
          long reservation =
              declared < 0 || declared > maxRequestBytes ? maxRequestBytes : declared;
          if (!budget.tryReserve(reservation)) {
            phase = Phase.REFUSED;
            cancelDeadline();
            ReferenceCountUtil.release(message);
            NettyResponses.writeAndClose(
                ctx,
                protocol.serviceUnavailable(
                    "Too many request bytes in progress (at most "
                        + budget.capacity()
                        + "); retry later."));
            return;
          }
          reserved += reservation;
          phase = Phase.BODY;
          expire(ctx, settings.bodyTimeout());
        }
        if (message instanceof LastHttpContent) {
          phase = Phase.ANSWERING;
          cancelDeadline();
        }
        super.channelRead(ctx, message);
      }
    };
  }

  /**
   * The answer is being written: a client that does not read it within the idle timeout loses the
   * connection, so an unread answer cannot hold one forever.
   */
  void answering() {
    expire(messages, settings.idleTimeout());
  }

  /** The answer to the current request is written: wait for the next one. */
  void answered() {
    releaseReservation();
    phase = Phase.IDLE;
    expire(messages, settings.idleTimeout());
  }

  private void expire(ChannelHandlerContext ctx, Duration after) {
    // Capped so that differences of nanoTime values stay exact; no timeout is anywhere near it.
    long nanos = Math.min(after.toNanos(), Long.MAX_VALUE / 4);
    deadline = System.nanoTime() + nanos;
    armed = true;
    if (timer == null || deadline - timerDue < 0) {
      stopTimer();
      startTimer(ctx, nanos);
    }
  }

  private void startTimer(ChannelHandlerContext ctx, long nanos) {
    timerDue = System.nanoTime() + nanos;
    timer = ctx.executor().schedule(() -> check(ctx), nanos, TimeUnit.NANOSECONDS);
  }

  private void stopTimer() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  /** The timer fired: the phase timed out, or its deadline moved on and the timer follows it. */
  private void check(ChannelHandlerContext ctx) {
    timer = null;
    if (!armed) {
      return;
    }
    long remaining = deadline - System.nanoTime();
    if (remaining > 0) {
      startTimer(ctx, remaining);
      return;
    }
    armed = false;
    timedOut();
  }

  private void timedOut() {
    if (phase == Phase.HEADERS || phase == Phase.BODY) {
      phase = Phase.REFUSED;
      NettyResponses.writeAndClose(messages, protocol.requestTimeout());
    } else if (phase == Phase.IDLE || phase == Phase.ANSWERING) {
      messages.close();
    }
  }

  private void cancelDeadline() {
    armed = false;
  }

  private void releaseReservation() {
    budget.release(reserved);
    reserved = 0;
  }
}
