package io.keyspan.shop;

import io.keyspan.expression.Path;
import io.keyspan.schema.Converters;
import io.keyspan.schema.MemberLayout;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.StringAttribute;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** As generated for {@code @ItemType("CUSTOMER") record Customer}. */
public final class CustomerSchema implements MemberSchema<Customer> {
  public static final StringAttribute<String> CUSTOMER_ID =
      new StringAttribute<>(Path.of("customerId"), Converters.STRING);
  public static final StringAttribute<String> NAME =
      new StringAttribute<>(Path.of("name"), Converters.STRING);
  public static final StringAttribute<String> EMAIL =
      new StringAttribute<>(Path.of("email"), Converters.STRING);

  static final MemberLayout<Customer> LAYOUT =
      MemberLayout.builder(Customer.class, "CUSTOMER", ShopItemSchema.TABLE)
          .component("customerId", CUSTOMER_ID, Customer::customerId)
          .component("email", EMAIL, Customer::email)
          .key("CUSTOMER#{customerId}", "PROFILE")
          .index("GSI1", "EMAIL#{email}", "CUSTOMER")
          .build();

  public static final CustomerSchema INSTANCE = new CustomerSchema();

  private CustomerSchema() {}

  @Override
  public MemberLayout<Customer> layout() {
    return LAYOUT;
  }

  @Override
  public Map<String, AttributeValue> attributesOf(Customer item) {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    CUSTOMER_ID.write(attributes, item.customerId());
    NAME.write(attributes, item.name());
    EMAIL.write(attributes, item.email());
    return attributes;
  }

  @Override
  public Customer fromAttributes(Map<String, AttributeValue> item) {
    return new Customer(CUSTOMER_ID.read(item), NAME.read(item), EMAIL.read(item));
  }
}
