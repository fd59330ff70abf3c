package io.keyspan.shop;

/**
 * {@code PK = ORDER#{orderId}, SK = LINE#{lineNo}}; {@code GSI1PK = ORDER#{orderId}, GSI1SK =
 * LINE#{lineNo}}.
 */
public record OrderLine(String orderId, int lineNo, String sku, int quantity) implements ShopItem {}
