package io.keyspan.dynamodb;

import io.keyspan.value.AttributeValue;
import java.util.Map;

/**
 * The DynamoDB engine's own value conversion ({@link AttributeValues}, package-private), opened to
 * the mapping benchmark. This class lives in the engine's package only so the benchmark measures
 * the code that ships, not a copy of it.
 */
public final class ShippedConversion {
  private ShippedConversion() {}

  public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(Map<String, AttributeValue> item) {
    return AttributeValues.toSdk(item);
  }

  public static Map<String, AttributeValue> fromSdk(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    return AttributeValues.fromSdk(item);
  }
}
