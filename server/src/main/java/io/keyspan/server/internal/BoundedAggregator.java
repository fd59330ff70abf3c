package io.keyspan.server.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;

/**
 * Collects a request's body up to the protocol's bound; a longer one (declared or sent) is answered
 * as DynamoDB answers it, with a bare 413, and the connection closes without reading the rest.
 */
final class BoundedAggregator extends HttpObjectAggregator {
  private final DynamoDbProtocol protocol;

  BoundedAggregator(DynamoDbProtocol protocol) {
    super((int) Math.min(Integer.MAX_VALUE, protocol.maxRequestBytes()));
    this.protocol = protocol;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    NettyResponses.writeAndClose(ctx, protocol.payloadTooLarge());
  }
}
