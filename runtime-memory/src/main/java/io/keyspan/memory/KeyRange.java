package io.keyspan.memory;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.ValueOperand;
import io.keyspan.expression.eval.ConditionEvaluator;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import io.keyspan.value.Values;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A KeyConditionExpression checked against the key of the table or index being queried (Developer
 * Guide Query.KeyConditionExpressions) and turned into a partition and a contiguous range of sort
 * keys.
 */
record KeyRange(AttributeValue partition, KeyCondition.Term sortTerm) {

  static KeyRange of(KeyCondition condition, KeyAttributes key) {
    KeyCondition.Term partitionTerm = null;
    KeyCondition.Term sortTerm = null;
    if (condition.terms().size() == 2
        && condition.terms().get(0).attribute().equals(condition.terms().get(1).attribute())) {
      throw ErrorMessages.oneConditionPerKey();
    }
    for (KeyCondition.Term term : condition.terms()) {
      if (term.attribute().equals(key.partitionName())) {
        partitionTerm = term;
      } else {
        sortTerm = term;
      }
    }
    if (partitionTerm == null) {
      throw ErrorMessages.keyConditionMissesKey(key.partitionName());
    }
    if (sortTerm != null && !sortTerm.attribute().equals(key.sortName())) {
      if (key.hasSort()) {
        throw ErrorMessages.keyConditionMissesKey(key.sortName());
      }
      throw ErrorMessages.keyConditionNotSupported();
    }
    if (!(partitionTerm instanceof KeyCondition.Compare equality)
        || equality.op() != ComparisonOperator.EQ) {
      throw ErrorMessages.keyConditionNotSupported();
    }
    AttributeValue partition = value(equality.value(), key, key.partitionName());
    if (sortTerm != null) {
      checkSortTerm(sortTerm, key);
    }
    return new KeyRange(partition, sortTerm);
  }

  private static void checkSortTerm(KeyCondition.Term term, KeyAttributes key) {
    if (term instanceof KeyCondition.Compare compare) {
      if (compare.op() == ComparisonOperator.NE) {
        throw ErrorMessages.keyConditionNotSupported();
      }
      value(compare.value(), key, key.sortName());
    } else if (term instanceof KeyCondition.Between between) {
      AttributeValue lower = value(between.lower(), key, key.sortName());
      AttributeValue upper = value(between.upper(), key, key.sortName());
      if (Values.compare(lower, upper) > 0) {
        throw ErrorMessages.betweenBoundsReversed(lower, upper);
      }
    } else {
      KeyCondition.BeginsWith beginsWith = (KeyCondition.BeginsWith) term;
      if (key.sortType().valueType() == AttributeValue.Type.N) {
        throw ErrorMessages.beginsWithOnNumber();
      }
      value(beginsWith.prefix(), key, key.sortName());
    }
  }

  /** A bound value whose type matches the key attribute's. */
  private static AttributeValue value(ValueOperand operand, KeyAttributes key, String attribute) {
    if (!(operand instanceof Literal literal)) {
      throw ErrorMessages.undefinedKeyConditionValue(((Placeholder) operand).name());
    }
    if (literal.value().type() != KeyValidator.typeOf(key, attribute).valueType()) {
      throw ErrorMessages.keyConditionTypeMismatch();
    }
    return literal.value();
  }

  /**
   * Rejects an ExclusiveStartKey that this query could not have returned as its LastEvaluatedKey: a
   * sort key outside the key condition's range, or a key of another partition. DynamoDB's texts, as
   * dynalite's tests record them (test/query.js, "ExclusiveStartKey with non-matching range key",
   * "matching range but non-matching hash key", "out-of-bounds hash key").
   */
  void checkStartKey(Map<String, AttributeValue> startKey, KeyAttributes key) {
    if (sortTerm != null && !ConditionEvaluator.test(KeyCondition.of(sortTerm), startKey)) {
      throw ErrorMessages.startKeyOutsideRange();
    }
    if (!partition.equals(startKey.get(key.partitionName()))) {
      throw ErrorMessages.startKeyOutsidePartition(sortTerm != null);
    }
  }

  /** The entries of the partition that satisfy the sort-key term, in ascending order. */
  NavigableMap<EntryKey, Map<String, AttributeValue>> select(
      NavigableMap<EntryKey, Map<String, AttributeValue>> partitionEntries) {
    if (sortTerm == null) {
      return partitionEntries;
    }
    if (sortTerm instanceof KeyCondition.Between between) {
      return partitionEntries.subMap(
          EntryKey.before(literal(between.lower())), true,
          EntryKey.after(literal(between.upper())), true);
    }
    if (sortTerm instanceof KeyCondition.BeginsWith beginsWith) {
      AttributeValue prefix = literal(beginsWith.prefix());
      AttributeValue next = successor(prefix);
      return next == null
          ? partitionEntries.tailMap(EntryKey.before(prefix), true)
          : partitionEntries.subMap(EntryKey.before(prefix), true, EntryKey.before(next), false);
    }
    KeyCondition.Compare compare = (KeyCondition.Compare) sortTerm;
    AttributeValue value = literal(compare.value());
    switch (compare.op()) {
      case EQ:
        return partitionEntries.subMap(EntryKey.before(value), true, EntryKey.after(value), true);
      case LT:
        return partitionEntries.headMap(EntryKey.before(value), false);
      case LE:
        return partitionEntries.headMap(EntryKey.after(value), true);
      case GT:
        return partitionEntries.tailMap(EntryKey.after(value), false);
      default:
        return partitionEntries.tailMap(EntryKey.before(value), true);
    }
  }

  private static AttributeValue literal(ValueOperand operand) {
    return ((Literal) operand).value();
  }

  /**
   * The smallest value greater than every value that starts with the prefix, or null when there is
   * none: the prefix with its last code point (or unsigned byte) incremented, dropping maximal
   * ones.
   */
  static AttributeValue successor(AttributeValue prefix) {
    if (prefix instanceof AttributeValue.S s) {
      int[] codePoints = s.value().codePoints().toArray();
      for (int i = codePoints.length - 1; i >= 0; i--) {
        if (codePoints[i] < Character.MAX_CODE_POINT) {
          int[] next = Arrays.copyOf(codePoints, i + 1);
          next[i]++;
          return AttributeValue.s(new String(next, 0, next.length));
        }
      }
      return null;
    }
    byte[] bytes = ((AttributeValue.B) prefix).value().toArray();
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] != (byte) 0xff) {
        byte[] next = Arrays.copyOf(bytes, i + 1);
        next[i]++;
        return AttributeValue.b(Bytes.of(next));
      }
    }
    return null;
  }
}
