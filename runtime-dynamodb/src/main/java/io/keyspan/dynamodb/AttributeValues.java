package io.keyspan.dynamodb;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Converts attribute values between Keyspan's model and the SDK's, both ways and without loss:
 * numbers travel as DynamoDB's decimal text, binaries as bytes, empty lists and maps stay empty.
 */
final class AttributeValues {
  private AttributeValues() {}

  static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue value) {
    var builder = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
    if (value instanceof AttributeValue.S s) {
      builder.s(s.value());
    } else if (value instanceof AttributeValue.N n) {
      builder.n(n.text());
    } else if (value instanceof AttributeValue.B b) {
      builder.b(SdkBytes.fromByteArrayUnsafe(b.value().toArray()));
    } else if (value instanceof AttributeValue.Bool bool) {
      builder.bool(bool.value());
    } else if (value instanceof AttributeValue.Null) {
      builder.nul(true);
    } else if (value instanceof AttributeValue.L l) {
      builder.l(l.values().stream().map(AttributeValues::toSdk).toList());
    } else if (value instanceof AttributeValue.M m) {
      builder.m(toSdk(m.values()));
    } else if (value instanceof AttributeValue.SS ss) {
      builder.ss(List.copyOf(ss.values()));
    } else if (value instanceof AttributeValue.NS ns) {
      builder.ns(ns.values().stream().map(BigDecimal::toPlainString).toList());
    } else {
      builder.bs(((AttributeValue.BS) value).values().stream()
          .map(member -> SdkBytes.fromByteArrayUnsafe(member.toArray()))
          .toList());
    }
    return builder.build();
  }

  static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
      Map<String, ? extends AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> converted =
        new LinkedHashMap<>();
    item.forEach((name, value) -> converted.put(name, toSdk(value)));
    return converted;
  }

  static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
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
        return AttributeValue.bs(value.bs().stream().map(bytes -> Bytes.of(bytes.asByteArrayUnsafe())).toList());
      default:
        throw new IllegalArgumentException("An attribute value of a type this SDK does not know: " + value);
    }
  }

  static Map<String, AttributeValue> fromSdk(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, AttributeValue> converted = new LinkedHashMap<>();
    item.forEach((name, value) -> converted.put(name, fromSdk(value)));
    return converted;
  }

  /** The SDK's item, or null when the response left the field out (the SDK gives an empty map). */
  static Map<String, AttributeValue> fromSdkIfPresent(
      boolean present, Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    return present ? fromSdk(item) : null;
  }
}
