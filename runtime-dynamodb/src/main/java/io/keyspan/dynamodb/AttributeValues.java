package io.keyspan.dynamodb;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import io.keyspan.value.NativeItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Converts attribute values between Keyspan's model and the SDK's, both ways and without loss:
 * numbers travel as DynamoDB's decimal text, binaries as bytes, empty lists and maps stay empty.
 * Public for code that mixes Keyspan with direct SDK calls. SDK values are made with the SDK's
 * builder-free factories ({@code createS}, {@code createM}, ...); its {@code fromS} family goes
 * through a builder.
 */
public final class AttributeValues {
  private AttributeValues() {}

  /** One Keyspan value as the SDK's. */
  public static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(
      AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createS(s.value());
    } else if (value instanceof AttributeValue.N n) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createN(n.text());
    } else if (value instanceof AttributeValue.B b) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createB(
          sdkBytes(b.value()));
    } else if (value instanceof AttributeValue.Bool bool) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createBool(bool.value());
    } else if (value instanceof AttributeValue.Null) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createNul(true);
    } else if (value instanceof AttributeValue.L l) {
      List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> elements =
          new ArrayList<>(l.values().size());
      l.values().forEach(element -> elements.add(toSdk(element)));
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createL(elements);
    } else if (value instanceof AttributeValue.M m) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createM(
          toSdk(m.values()));
    } else if (value instanceof AttributeValue.SS ss) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createSs(
          new ArrayList<>(ss.values()));
    } else if (value instanceof AttributeValue.NS ns) {
      List<String> numbers = new ArrayList<>(ns.values().size());
      ns.values().forEach(number -> numbers.add(number.toPlainString()));
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createNs(numbers);
    }
    List<SdkBytes> members = new ArrayList<>();
    ((AttributeValue.BS) value).values().forEach(member -> members.add(sdkBytes(member)));
    return software.amazon.awssdk.services.dynamodb.model.AttributeValue.createBs(members);
  }

  /** A Keyspan item as the SDK's, in the same attribute order. */
  public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
      Map<String, ? extends AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> converted =
        new LinkedHashMap<>(capacityFor(item.size()));
    item.forEach((name, value) -> converted.put(name, toSdk(value)));
    return converted;
  }

  private static SdkBytes sdkBytes(Bytes bytes) {
    // toArray() is already a private copy, so the SDK may wrap it without copying again.
    return SdkBytes.fromByteArrayUnsafe(bytes.toArray());
  }

  private static int capacityFor(int size) {
    return size * 4 / 3 + 1;
  }

  /**
   * One SDK value as Keyspan's, validated by Keyspan's rules.
   *
   * @throws io.keyspan.value.InvalidValueException for a value DynamoDB would reject
   */
  public static AttributeValue fromSdk(
      software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
    switch (value.type()) {
      case S:
        return AttributeValue.s(value.s());
      case N:
        return AttributeValue.n(value.n());
      case B:
        return AttributeValue.b(value.b().asByteArrayUnsafe());
      case BOOL:
        return AttributeValue.bool(value.bool());
      case NUL:
        return AttributeValue.nul();
      case L:
        List<AttributeValue> elements = new ArrayList<>(value.l().size());
        value.l().forEach(element -> elements.add(fromSdk(element)));
        return AttributeValue.l(elements);
      case M:
        return AttributeValue.m(fromSdk(value.m()));
      case SS:
        return AttributeValue.ss(value.ss());
      case NS:
        return AttributeValue.ns(value.ns());
      case BS:
        return AttributeValue.bs(
            value.bs().stream().map(bytes -> Bytes.of(bytes.asByteArrayUnsafe())).toList());
      default:
        throw new IllegalArgumentException(
            "An attribute value of a type this SDK does not know: " + value);
    }
  }

  /** An SDK item as Keyspan's, in the same attribute order. */
  public static Map<String, AttributeValue> fromSdk(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, AttributeValue> converted = new LinkedHashMap<>(capacityFor(item.size()));
    item.forEach((name, value) -> converted.put(name, fromSdk(value)));
    return converted;
  }

  /**
   * The SDK's item as it came, held in the SDK's values ({@link NativeItem}): a schema maps it
   * straight to an object, and it becomes Keyspan's values only where someone reads it as such;
   * null when the response left the field out (the SDK gives an empty map).
   */
  static Map<String, AttributeValue> heldIfPresent(
      boolean present,
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    return present ? held(item) : null;
  }

  /** The SDK's item as it came, held in the SDK's values ({@link NativeItem}). */
  static Map<String, AttributeValue> held(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    return NativeItem.of(item, SdkValueCodec.instance());
  }

  /** The SDK's item, or null when the response left the field out (the SDK gives an empty map). */
  static Map<String, AttributeValue> fromSdkIfPresent(
      boolean present,
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    return present ? fromSdk(item) : null;
  }
}
