/**
 * Serves any Keyspan engine over DynamoDB's JSON protocol; {@code server.internal} stays inside.
 */
// Netty 4.1 publishes automatic modules (Automatic-Module-Name) only.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.keyspan.server {
  requires transitive io.keyspan.runtime;
  requires com.fasterxml.jackson.databind;
  requires java.logging;
  requires io.netty.buffer;
  requires io.netty.codec;
  requires io.netty.codec.http;
  requires io.netty.common;
  requires io.netty.transport;

  exports io.keyspan.server;
}
