package io.keyspan.processor.it.shop;

public enum OrderStatus {
  PLACED,
  SHIPPED
}
