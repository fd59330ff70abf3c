package io.keyspan.shop;

import io.keyspan.expression.Path;
import io.keyspan.schema.Converters;
import io.keyspan.schema.MemberLayout;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.NumberAttribute;
import io.keyspan.schema.StringAttribute;
import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** As generated for {@code record Order}: item type {@code Order}, the simple name. */
public final class OrderSchema implements MemberSchema<Order> {
  public static final StringAttribute<String> CUSTOMER_ID =
      new StringAttribute<>(Path.of("customerId"), Converters.STRING);
  public static final StringAttribute<String> ORDER_ID =
      new StringAttribute<>(Path.of("orderId"), Converters.STRING);
  public static final StringAttribute<Instant> PLACED_AT =
      new StringAttribute<>(Path.of("placedAt"), Converters.INSTANT);
  public static final StringAttribute<OrderStatus> STATUS =
      new StringAttribute<>(
          Path.of("status"),
          Converters.<OrderStatus>enumeration("OrderStatus", OrderStatus::valueOf));
  public static final NumberAttribute<BigDecimal> TOTAL =
      new NumberAttribute<>(Path.of("total"), Converters.BIG_DECIMAL);

  static final MemberLayout<Order> LAYOUT =
      MemberLayout.builder(Order.class, "Order", ShopItemSchema.TABLE)
          .component("customerId", CUSTOMER_ID, Order::customerId)
          .component("orderId", ORDER_ID, Order::orderId)
          .component("placedAt", PLACED_AT, Order::placedAt)
          .component("status", STATUS, Order::status)
          .key("CUSTOMER#{customerId}", "ORDER#{placedAt}#{orderId}")
          .index("GSI1", "ORDER#{orderId}", "ORDER")
          .index("GSI2", "STATUS#{status}", "{placedAt}#{orderId}")
          .build();

  public static final OrderSchema INSTANCE = new OrderSchema();

  private OrderSchema() {}

  @Override
  public MemberLayout<Order> layout() {
    return LAYOUT;
  }

  @Override
  public Map<String, AttributeValue> attributesOf(Order item) {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    CUSTOMER_ID.write(attributes, item.customerId());
    ORDER_ID.write(attributes, item.orderId());
    PLACED_AT.write(attributes, item.placedAt());
    STATUS.write(attributes, item.status());
    TOTAL.write(attributes, item.total());
    return attributes;
  }

  @Override
  public Order fromAttributes(Map<String, AttributeValue> item) {
    return new Order(
        CUSTOMER_ID.read(item),
        ORDER_ID.read(item),
        PLACED_AT.read(item),
        STATUS.read(item),
        TOTAL.read(item));
  }
}
