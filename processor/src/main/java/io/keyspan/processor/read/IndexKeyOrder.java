package io.keyspan.processor.read;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;

/**
 * Puts the attributes of one index key (its partition key or its sort key) in key order. A key of
 * several attributes gives each its position with {@code order = 1..n}; a global index key has at
 * most four partition and four sort attributes (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 */
final class IndexKeyOrder {
  /** The most attributes one key of a global index may have, partition or sort. */
  static final int MAX_ATTRIBUTES = 4;

  /** One property declared as an attribute of the key, with the annotation that declares it. */
  record Declared(Property property, Property.IndexKey key) {}

  private IndexKeyOrder() {}

  /**
   * The key's properties in key order. After an error, reported where the offending annotation is
   * written, only the first declared property, so that the index's other rules are still checked.
   */
  static List<Property> order(String index, List<Declared> declared, Report report) {
    int before = report.size();
    if (declared.size() > 1 && declared.stream().allMatch(d -> d.key().order() == 0)) {
      for (Declared second : declared.subList(1, declared.size())) {
        report.error(
            second.property().element(),
            second.key().annotation(),
            second.key().role() == Property.IndexRole.GLOBAL_PARTITION
                ? Message.INDEX_TWO_PARTITION_KEYS
                : Message.INDEX_TWO_SORT_KEYS,
            second.property().javaName(),
            index,
            declared.get(0).property().javaName());
      }
    } else if (declared.size() > 1) {
      positions(index, declared, report);
    } else if (declared.get(0).key().order() > 1 || declared.get(0).key().order() < 0) {
      outOfRange(index, declared, declared.get(0), report);
    }
    if (report.size() > before) {
      return List.of(declared.get(0).property());
    }
    List<Property> ordered = new ArrayList<>();
    declared.stream()
        .sorted((a, b) -> Integer.compare(a.key().order(), b.key().order()))
        .forEach(d -> ordered.add(d.property()));
    return ordered;
  }

  private static void positions(String index, List<Declared> declared, Report report) {
    if (declared.size() > MAX_ATTRIBUTES) {
      Declared fifth = declared.get(MAX_ATTRIBUTES);
      report.error(
          fifth.property().element(),
          fifth.key().annotation(),
          Message.MULTI_KEY_TOO_MANY,
          keyName(fifth),
          index,
          declared.size(),
          names(declared),
          MAX_ATTRIBUTES);
      return;
    }
    Declared[] byPosition = new Declared[declared.size() + 1];
    for (Declared each : declared) {
      int order = each.key().order();
      if (order == 0) {
        report.error(
            each.property().element(),
            each.key().annotation(),
            Message.MULTI_KEY_ORDER_MISSING,
            each.property().javaName(),
            keyName(each),
            index,
            names(declared),
            each.key().role().annotation(),
            index);
      } else if (order < 0 || order > declared.size()) {
        outOfRange(index, declared, each, report);
      } else if (byPosition[order] != null) {
        report.error(
            each.property().element(),
            each.key().annotation(),
            orderValue(each),
            Message.MULTI_KEY_ORDER_TWICE,
            each.property().javaName(),
            order,
            keyName(each),
            index,
            byPosition[order].property().javaName());
      } else {
        byPosition[order] = each;
      }
    }
  }

  private static void outOfRange(
      String index, List<Declared> declared, Declared each, Report report) {
    report.error(
        each.property().element(),
        each.key().annotation(),
        orderValue(each),
        Message.MULTI_KEY_ORDER_OUT_OF_RANGE,
        each.property().javaName(),
        each.key().order(),
        keyName(each),
        index,
        declared.size(),
        names(declared),
        declared.size());
  }

  private static AnnotationValue orderValue(Declared declared) {
    return Mirrors.explicit(declared.key().annotation(), "order").orElse(null);
  }

  private static String keyName(Declared declared) {
    return declared.key().role() == Property.IndexRole.GLOBAL_PARTITION ? "partition" : "sort";
  }

  private static String names(List<Declared> declared) {
    return declared.stream().map(d -> d.property().javaName()).collect(Collectors.joining(", "));
  }
}
