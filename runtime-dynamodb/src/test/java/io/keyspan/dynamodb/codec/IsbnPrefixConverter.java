package io.keyspan.dynamodb.codec;

import io.keyspan.schema.AttributeConverter;
import io.keyspan.value.AttributeValue;

/** A user converter, which has no codec half: stores the text as a number (N). */
public class IsbnPrefixConverter implements AttributeConverter<String> {
  @Override
  public AttributeValue toAttributeValue(String value) {
    return AttributeValue.n(value);
  }

  @Override
  public String fromAttributeValue(AttributeValue value) {
    return ((AttributeValue.N) value).text();
  }
}
