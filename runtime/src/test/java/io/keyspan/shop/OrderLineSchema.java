package io.keyspan.shop;

import io.keyspan.expression.Path;
import io.keyspan.schema.Converters;
import io.keyspan.schema.MemberLayout;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.NumberAttribute;
import io.keyspan.schema.StringAttribute;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** As generated for {@code @ItemType("LINE") record OrderLine}. */
public final class OrderLineSchema implements MemberSchema<OrderLine> {
  public static final StringAttribute<String> ORDER_ID =
      new StringAttribute<>(Path.of("orderId"), Converters.STRING);
  public static final NumberAttribute<Integer> LINE_NO =
      new NumberAttribute<>(Path.of("lineNo"), Converters.INTEGER);
  public static final StringAttribute<String> SKU =
      new StringAttribute<>(Path.of("sku"), Converters.STRING);
  public static final NumberAttribute<Integer> QUANTITY =
      new NumberAttribute<>(Path.of("quantity"), Converters.INTEGER);

  static final MemberLayout<OrderLine> LAYOUT =
      MemberLayout.builder(OrderLine.class, "LINE", ShopItemSchema.TABLE)
          .component("orderId", ORDER_ID, OrderLine::orderId)
          .component("lineNo", LINE_NO, OrderLine::lineNo)
          .key("ORDER#{orderId}", "LINE#{lineNo}")
          .index("GSI1", "ORDER#{orderId}", "LINE#{lineNo}")
          .build();

  public static final OrderLineSchema INSTANCE = new OrderLineSchema();

  private OrderLineSchema() {}

  @Override
  public MemberLayout<OrderLine> layout() {
    return LAYOUT;
  }

  @Override
  public Map<String, AttributeValue> attributesOf(OrderLine item) {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    ORDER_ID.write(attributes, item.orderId());
    LINE_NO.write(attributes, item.lineNo());
    SKU.write(attributes, item.sku());
    QUANTITY.write(attributes, item.quantity());
    return attributes;
  }

  @Override
  public OrderLine fromAttributes(Map<String, AttributeValue> item) {
    return new OrderLine(
        ORDER_ID.read(item), LINE_NO.read(item, 0), SKU.read(item), QUANTITY.read(item, 0));
  }
}
