package io.keyspan.processor.it.shop;

import io.keyspan.annotations.KeyTemplate;
import java.math.BigDecimal;
import java.time.Instant;

@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{placedAt}#{orderId}")
@KeyTemplate(index = "GSI1", partition = "ORDER#{orderId}", sort = "ORDER")
public record Order(
    String customerId, String orderId, Instant placedAt, OrderStatus status, BigDecimal total)
    implements ShopItem {}
