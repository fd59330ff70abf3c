package io.keyspan.test;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The JVM-wide source of NIO channels and selectors (installed with {@code
 * -Djava.nio.channels.spi.SelectorProvider}) in {@link NoNetworkProbe}'s JVM: it records and
 * refuses every channel, so nothing (Netty, the JDK's HTTP client) can open a socket unseen.
 */
public final class RefusingSelectorProvider extends SelectorProvider {
  private static IOException refuse(String what) {
    NoNetworkProbe.ATTEMPTS.add(what);
    return new IOException("No network in this JVM: " + what);
  }

  @Override
  public DatagramChannel openDatagramChannel() throws IOException {
    throw refuse("DatagramChannel");
  }

  @Override
  public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
    throw refuse("DatagramChannel");
  }

  @Override
  public Pipe openPipe() throws IOException {
    throw refuse("Pipe");
  }

  @Override
  public AbstractSelector openSelector() throws IOException {
    throw refuse("Selector");
  }

  @Override
  public ServerSocketChannel openServerSocketChannel() throws IOException {
    throw refuse("ServerSocketChannel");
  }

  @Override
  public SocketChannel openSocketChannel() throws IOException {
    throw refuse("SocketChannel");
  }
}
