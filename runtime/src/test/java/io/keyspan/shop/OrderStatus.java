package io.keyspan.shop;

public enum OrderStatus {
  PLACED,
  SHIPPED
}
