package io.keyspan.shop;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code PK = CUSTOMER#{customerId}, SK = ORDER#{placedAt}#{orderId}}; {@code GSI1PK =
 * ORDER#{orderId}, GSI1SK = ORDER}; {@code GSI2PK = STATUS#{status}, GSI2SK = {placedAt}#{orderId}}
 * (sparse: an order without a status is not in GSI2).
 */
public record Order(
    String customerId, String orderId, Instant placedAt, OrderStatus status, BigDecimal total)
    implements ShopItem {}
