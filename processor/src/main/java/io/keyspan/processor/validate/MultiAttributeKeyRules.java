package io.keyspan.processor.validate;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.ValueKind;
import java.util.List;
import java.util.Optional;

/**
 * A Query of a global index whose key has several attributes: every partition attribute is tested
 * with =, the sort attributes are tested left to right without skipping one, and only the last sort
 * attribute tested may take a range condition ({@code <}, {@code <=}, {@code >}, {@code >=},
 * BETWEEN, begins_with) (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 */
final class MultiAttributeKeyRules extends MethodRules {
  MultiAttributeKeyRules(MethodRules context) {
    super(context);
  }

  void keyCondition(Keys keys) {
    KeyCondition key = parsed.key();
    for (KeyCondition.Term term : key.terms()) {
      if (!keys.names().contains(term.attribute())) {
        report.error(
            parsed.keyPlace(),
            Message.NON_KEY_IN_KEY_CONDITION,
            term.attribute(),
            keys.description(),
            keys.partitionDescription(),
            keys.sortDescription());
      }
    }
    for (Property partition : keys.partitions()) {
      if (!(key.termOn(partition.attributeName()).orElse(null)
              instanceof KeyCondition.Compare compare
          && compare.op() == ComparisonOperator.EQ)) {
        report.error(
            parsed.keyPlace(),
            Message.MULTI_KEY_PARTITION_NOT_EQUAL,
            name(),
            partition.attributeName(),
            keys.description(),
            keys.partitionDescription(),
            partition.attributeName());
      }
    }
    sortRules(keys, key);
  }

  private void sortRules(Keys keys, KeyCondition key) {
    List<Property> sorts = keys.sorts();
    int last = -1;
    for (int i = 0; i < sorts.size(); i++) {
      if (key.termOn(sorts.get(i).attributeName()).isPresent()) {
        last = i;
      }
    }
    for (int i = 0; i <= last; i++) {
      Property sort = sorts.get(i);
      Optional<KeyCondition.Term> term = key.termOn(sort.attributeName());
      if (term.isEmpty()) {
        report.error(
            parsed.keyPlace(),
            Message.MULTI_KEY_SORT_SKIPPED,
            name(),
            sorts.get(last).attributeName(),
            sort.attributeName(),
            keys.description(),
            Keys.attributeNames(sorts));
      } else if (i < last
          && !(term.get() instanceof KeyCondition.Compare compare
              && compare.op() == ComparisonOperator.EQ)) {
        report.error(
            parsed.keyPlace(),
            Message.MULTI_KEY_RANGE_NOT_LAST,
            name(),
            sort.attributeName(),
            sorts.get(last).attributeName(),
            keys.description());
      } else if (term.get() instanceof KeyCondition.BeginsWith
          && sort.mapping().kind() == ValueKind.NUMBER) {
        report.error(
            parsed.keyPlace(), Message.BEGINS_WITH_TYPE, sort.attributeName(), "a number (N)");
      }
    }
  }
}
