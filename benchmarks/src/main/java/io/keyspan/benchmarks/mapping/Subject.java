package io.keyspan.benchmarks.mapping;

import io.keyspan.benchmarks.shapes.Large;
import io.keyspan.benchmarks.shapes.LargeSchema;
import io.keyspan.benchmarks.shapes.Shapes;
import io.keyspan.benchmarks.shapes.Small;
import io.keyspan.benchmarks.shapes.SmallSchema;
import io.keyspan.benchmarks.shapes.Tiny;
import io.keyspan.benchmarks.shapes.TinySchema;
import io.keyspan.dynamodb.AttributeValues;
import io.keyspan.dynamodb.SdkValueCodec;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One shape and every contender's mapping of it: Keyspan's generated schema, the Enhanced Client's
 * {@code BeanTableSchema} and {@code StaticTableSchema}, and hand-written code.
 */
record Subject<T>(
    T object,
    io.keyspan.schema.TableSchema<T> keyspan,
    TableSchema<T> bean,
    TableSchema<T> staticSchema,
    Function<T, Map<String, AttributeValue>> handToItem,
    Function<Map<String, AttributeValue>, T> handFromItem) {

  static Subject<?> of(String shape) {
    switch (shape) {
      case "tiny":
        return new Subject<>(
            Shapes.tiny(),
            TinySchema.instance(),
            TableSchema.fromBean(Tiny.class),
            StaticSchemas.tiny(),
            HandWritten::toItem,
            HandWritten::tiny);
      case "small":
        return new Subject<>(
            Shapes.small(),
            SmallSchema.instance(),
            TableSchema.fromBean(Small.class),
            StaticSchemas.small(),
            HandWritten::toItem,
            HandWritten::small);
      case "large":
        return new Subject<>(
            Shapes.large(),
            LargeSchema.instance(),
            TableSchema.fromBean(Large.class),
            StaticSchemas.large(),
            HandWritten::toItem,
            HandWritten::large);
      default:
        throw new IllegalArgumentException("no shape " + shape);
    }
  }

  /**
   * Fails unless every contender writes the same item and reads back an object that writes it
   * again: the timings compare equal work.
   */
  void checkIdenticalEncodings() {
    Map<String, AttributeValue> expected = handToItem.apply(object);
    same("BeanTableSchema", bean.itemToMap(object, true), expected);
    same("StaticTableSchema", staticSchema.itemToMap(object, true), expected);
    same("Keyspan", AttributeValues.toSdk(keyspan.toItem(object)), expected);
    same("Keyspan codec", keyspan.toItem(object, SdkValueCodec.instance()), expected);
    same("hand-written read", handToItem.apply(handFromItem.apply(expected)), expected);
    same("BeanTableSchema read", handToItem.apply(bean.mapToItem(expected)), expected);
    same("StaticTableSchema read", handToItem.apply(staticSchema.mapToItem(expected)), expected);
    same(
        "Keyspan read",
        handToItem.apply(keyspan.fromItem(AttributeValues.fromSdk(expected))),
        expected);
    same(
        "Keyspan codec read",
        handToItem.apply(keyspan.fromItem(expected, SdkValueCodec.instance())),
        expected);
  }

  private static void same(
      String contender, Map<String, AttributeValue> actual, Map<String, AttributeValue> expected) {
    if (!normalized(actual).equals(normalized(expected))) {
      throw new IllegalStateException(
          contender + " encodes differently:\n  " + actual + "\n  expected " + expected);
    }
  }

  /** Sets compare as sets: their members' order is not part of the encoding. */
  private static Map<String, Object> normalized(Map<String, AttributeValue> item) {
    Map<String, Object> normalized = new java.util.TreeMap<>();
    item.forEach(
        (name, value) ->
            normalized.put(name, value.hasSs() ? new java.util.TreeSet<>(value.ss()) : value));
    return normalized;
  }
}
