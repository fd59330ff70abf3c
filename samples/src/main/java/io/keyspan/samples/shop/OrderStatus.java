package io.keyspan.samples.shop;

/** Where an order is in its life; stored by name. */
public enum OrderStatus {
  PLACED,
  SHIPPED,
  DELIVERED
}
