package io.keyspan.shop;

/**
 * {@code PK = CUSTOMER#{customerId}, SK = PROFILE}; {@code GSI1PK = EMAIL#{email}, GSI1SK =
 * CUSTOMER}.
 */
public record Customer(String customerId, String name, String email) implements ShopItem {}
