package io.keyspan.server.internal;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Carries {@link DynamoDbProtocol} over HTTP/1.1 with Netty's non-blocking HTTP codec. Event-loop
 * threads read and write every connection without blocking, so slow or idle clients cost a channel,
 * never a thread; complete requests run on a fixed pool of request threads, or on the I/O threads
 * themselves when the settings say the engine never blocks.
 */
public final class HttpTransport implements AutoCloseable {
  /** Netty's bounds on the request line and the header block (8 KB and 16 KB). */
  private static final int MAX_INITIAL_LINE = 8 * 1024;

  private static final int MAX_HEADER_BLOCK = 16 * 1024;

  private final EventLoopGroup acceptor;
  private final EventLoopGroup io;
  private final ExecutorService requests;
  private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final InFlight inFlight = new InFlight();
  private final TransportSettings settings;
  private final Channel listener;

  public HttpTransport(DynamoDbProtocol protocol, TransportSettings settings) {
    this.settings = settings;
    this.acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("keyspan-accept", true));
    this.io = new NioEventLoopGroup(0, new DefaultThreadFactory("keyspan-io", true));
    this.requests =
        Executors.newFixedThreadPool(
            settings.threads(), new DefaultThreadFactory("keyspan-server", true));
    // The pool starts its threads on first use, so serving on the I/O threads starts none.
    Executor serving = settings.serveOnIoThreads() ? Runnable::run : requests;
    BodyBudget budget = new BodyBudget(settings.maxBufferedBodyBytes());
    ConnectionCap cap = new ConnectionCap(settings.maxConnections(), protocol);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(acceptor, io)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            // Without TCP_NODELAY an SDK call that arrives in two segments waits ~40 ms for a
            // delayed ACK.
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    connections.add(channel);
                    RequestLifecycle lifecycle = new RequestLifecycle(settings, budget, protocol);
                    channel
                        .pipeline()
                        .addLast(lifecycle.bytes())
                        .addLast(new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADER_BLOCK, 64 * 1024))
                        .addLast(cap)
                        .addLast(lifecycle.messages())
                        .addLast(new BoundedAggregator(protocol))
                        .addLast(
                            new ExchangeHandler(
                                protocol, serving, inFlight, lifecycle, settings.onOutOfMemory()));
                  }
                });
    try {
      this.listener =
          bootstrap
              .bind(new InetSocketAddress(settings.host(), settings.port()))
              .syncUninterruptibly()
              .channel();
    } catch (Exception e) { // Netty rethrows the bind's IOException unchecked
      shutdownThreads();
      throw new UncheckedIOException(
          "Cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(),
          e instanceof IOException cause ? cause : new IOException(e));
    }
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) listener.localAddress();
  }

  /**
   * Stops accepting, waits (up to the shutdown grace) for the requests in progress to be answered,
   * then closes every connection and stops the threads.
   */
  @Override
  public void close() {
    listener.close().syncUninterruptibly();
    inFlight.awaitIdle(settings.shutdownGrace());
    connections.close().awaitUninterruptibly();
    shutdownThreads();
  }

  private void shutdownThreads() {
    requests.shutdown();
    acceptor.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
    io.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
    try {
      requests.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
