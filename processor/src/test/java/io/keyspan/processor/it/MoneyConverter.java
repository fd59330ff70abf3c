package io.keyspan.processor.it;

import io.keyspan.schema.AttributeConverter;
import io.keyspan.value.AttributeValue;

/** Stores money as "EUR 1234" (S). */
public class MoneyConverter implements AttributeConverter<Money> {
  @Override
  public AttributeValue.S toAttributeValue(Money money) {
    return AttributeValue.s(money.currency() + " " + money.cents());
  }

  @Override
  public Money fromAttributeValue(AttributeValue value) {
    String[] parts = ((AttributeValue.S) value).value().split(" ");
    return new Money(Long.parseLong(parts[1]), parts[0]);
  }
}
