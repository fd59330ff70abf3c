package io.keyspan.shop;

import io.keyspan.Keyspan;
import io.keyspan.repository.CollectionQuery;
import io.keyspan.repository.SingleTableRepository;
import io.keyspan.schema.KeyPattern;

/**
 * As generated for the table, with {@code @Collection(name = "customer", partition =
 * "CUSTOMER#{customerId}")} and {@code @Collection(name = "order", index = "GSI1", partition =
 * "ORDER#{orderId}")}.
 */
public final class ShopItemTable extends SingleTableRepository<ShopItem> {
  private static final KeyPattern CUSTOMER = KeyPattern.parse("CUSTOMER#{customerId}");
  private static final KeyPattern ORDER = KeyPattern.parse("ORDER#{orderId}");

  public ShopItemTable(Keyspan keyspan) {
    super(keyspan, ShopItemSchema.INSTANCE);
  }

  /** A customer's profile and orders. */
  public CollectionQuery<ShopItem> customer(String customerId) {
    return newCollection(null, CUSTOMER, customerId);
  }

  /** An order and its lines, on GSI1. */
  public CollectionQuery<ShopItem> order(String orderId) {
    return newCollection("GSI1", ORDER, orderId);
  }
}
