package io.keyspan.processor.validate;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.model.ValueKind;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A Query's key condition tests the partition key with = and only keys; its filter leaves the keys
 * alone.
 */
final class KeyConditionRules extends MethodRules {
  KeyConditionRules(MethodRules context) {
    super(context);
  }

  void keyCondition(Keys keys) {
    KeyCondition key = parsed.key();
    boolean partitionTested = false;
    for (KeyCondition.Term term : key.terms()) {
      String attribute = term.attribute();
      if (attribute.equals(keys.partition().attributeName())) {
        partitionTested |=
            term instanceof KeyCondition.Compare compare && compare.op() == ComparisonOperator.EQ;
      } else if (keys.sort() == null || !attribute.equals(keys.sort().attributeName())) {
        report.error(
            parsed.keyPlace(),
            Message.NON_KEY_IN_KEY_CONDITION,
            attribute,
            keys.description(),
            keys.partition().attributeName(),
            keys.sortDescription());
      } else if (term instanceof KeyCondition.BeginsWith
          && keys.sort().mapping().kind() == ValueKind.NUMBER) {
        report.error(parsed.keyPlace(), Message.BEGINS_WITH_TYPE, attribute, "a number (N)");
      }
    }
    if (!partitionTested) {
      report.error(
          parsed.keyPlace(),
          Message.NO_PARTITION_KEY_CONDITION,
          name(),
          keys.partition().attributeName(),
          keys.partition().attributeName());
    }
  }

  void filterLeavesKeys(Keys keys) {
    if (parsed.condition() == null) {
      return;
    }
    Set<String> reported = new LinkedHashSet<>();
    for (Path path : TreeWalk.of(parsed.condition()).paths()) {
      if (keys.names().contains(path.topLevelName()) && reported.add(path.topLevelName())) {
        report.error(
            parsed.conditionPlace(),
            Message.KEY_IN_FILTER,
            name(),
            path.topLevelName(),
            keys.description());
      }
    }
  }
}
