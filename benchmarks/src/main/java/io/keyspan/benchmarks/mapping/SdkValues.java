package io.keyspan.benchmarks.mapping;

import io.keyspan.value.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Keyspan values to the SDK's, with the SDK's static factories ({@code fromS}, {@code fromM}, ...)
 * rather than its builders: the conversion the issue asks the DynamoDB engine to use, measured
 * here so the gain is known. It also checks, before any timing, that Keyspan's encoding of each
 * shape equals the other contenders'.
 */
final class SdkValues {
  private SdkValues() {}

  static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(Map<String, AttributeValue> item) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> converted = new HashMap<>(item.size() * 4 / 3 + 1);
    item.forEach((name, value) -> converted.put(name, toSdk(value)));
    return converted;
  }

  static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(s.value());
    } else if (value instanceof AttributeValue.N n) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(n.text());
    } else if (value instanceof AttributeValue.Bool bool) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(bool.value());
    } else if (value instanceof AttributeValue.M m) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromM(toSdk(m.values()));
    } else if (value instanceof AttributeValue.L l) {
      List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> elements = new ArrayList<>(l.values().size());
      l.values().forEach(element -> elements.add(toSdk(element)));
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromL(elements);
    } else if (value instanceof AttributeValue.SS ss) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(new ArrayList<>(ss.values()));
    } else if (value instanceof AttributeValue.NS ns) {
      List<String> numbers = new ArrayList<>(ns.values().size());
      ns.values().forEach(number -> numbers.add(number.toPlainString()));
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNs(numbers);
    } else if (value instanceof AttributeValue.B b) {
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(b.value().toArray()));
    } else if (value instanceof AttributeValue.BS bs) {
      List<SdkBytes> members = new ArrayList<>(bs.values().size());
      bs.values().forEach(member -> members.add(SdkBytes.fromByteArrayUnsafe(member.toArray())));
      return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBs(members);
    }
    return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromNul(true);
  }

  static Map<String, AttributeValue> fromSdk(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, AttributeValue> converted = new HashMap<>(item.size() * 4 / 3 + 1);
    item.forEach((name, value) -> converted.put(name, fromSdk(value)));
    return converted;
  }

  static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
    switch (value.type()) {
      case S:
        return AttributeValue.s(value.s());
      case N:
        return AttributeValue.n(value.n());
      case BOOL:
        return AttributeValue.bool(value.bool());
      case M:
        return AttributeValue.m(fromSdk(value.m()));
      case L:
        List<AttributeValue> elements = new ArrayList<>(value.l().size());
        value.l().forEach(element -> elements.add(fromSdk(element)));
        return AttributeValue.l(elements);
      case SS:
        return AttributeValue.ss(value.ss());
      default:
        throw new IllegalArgumentException("not used by the benchmark shapes: " + value.type());
    }
  }
}
