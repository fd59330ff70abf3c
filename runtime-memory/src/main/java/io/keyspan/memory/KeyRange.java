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
    KeyCondition.Compare equality = partitionEquality(partitionTerm);
    AttributeValue partition = value(equality.value(), key, key.partitionName());
    if (sortTerm != null) {
      checkSortTerm(sortTerm, key);
    }
    return new KeyRange(partition, sortTerm);
  }

  /** The partition key's term, which can only be an equality. */
  private static KeyCondition.Compare partitionEquality(KeyCondition.Term term) {
    return term.accept(
        new KeyCondition.Term.Visitor<KeyCondition.Compare>() {
          @Override
          public KeyCondition.Compare compare(KeyCondition.Compare node) {
            if (node.op() != ComparisonOperator.EQ) {
              throw ErrorMessages.keyConditionNotSupported();
            }
            return node;
          }

          @Override
          public KeyCondition.Compare between(KeyCondition.Between node) {
            throw ErrorMessages.keyConditionNotSupported();
          }

          @Override
          public KeyCondition.Compare beginsWith(KeyCondition.BeginsWith node) {
            throw ErrorMessages.keyConditionNotSupported();
          }
        });
  }

  private static void checkSortTerm(KeyCondition.Term term, KeyAttributes key) {
    term.accept(
        new KeyCondition.Term.Visitor<Void>() {
          @Override
          public Void compare(KeyCondition.Compare node) {
            if (node.op() == ComparisonOperator.NE) {
              throw ErrorMessages.keyConditionNotSupported();
            }
            value(node.value(), key, key.sortName());
            return null;
          }

          @Override
          public Void between(KeyCondition.Between node) {
            AttributeValue lower = value(node.lower(), key, key.sortName());
            AttributeValue upper = value(node.upper(), key, key.sortName());
            if (Values.compare(lower, upper) > 0) {
              throw ErrorMessages.betweenBoundsReversed(lower, upper);
            }
            return null;
          }

          @Override
          public Void beginsWith(KeyCondition.BeginsWith node) {
            if (key.sortType().valueType() == AttributeValue.Type.N) {
              throw ErrorMessages.beginsWithOnNumber();
            }
            value(node.prefix(), key, key.sortName());
            return null;
          }
        });
  }

  /** A bound value whose type matches the key attribute's. */
  private static AttributeValue value(ValueOperand operand, KeyAttributes key, String attribute) {
    AttributeValue value = literal(operand);
    if (value.type() != KeyValidator.typeOf(key, attribute).valueType()) {
      throw ErrorMessages.keyConditionTypeMismatch();
    }
    return value;
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
    return sortTerm.accept(
        new KeyCondition.Term.Visitor<NavigableMap<EntryKey, Map<String, AttributeValue>>>() {
          @Override
          public NavigableMap<EntryKey, Map<String, AttributeValue>> compare(
              KeyCondition.Compare node) {
            AttributeValue value = literal(node.value());
            return switch (node.op()) {
              case EQ ->
                  partitionEntries.subMap(
                      EntryKey.before(value), true, EntryKey.after(value), true);
              case LT -> partitionEntries.headMap(EntryKey.before(value), false);
              case LE -> partitionEntries.headMap(EntryKey.after(value), true);
              case GT -> partitionEntries.tailMap(EntryKey.after(value), false);
              case GE -> partitionEntries.tailMap(EntryKey.before(value), true);
              case NE -> throw ErrorMessages.keyConditionNotSupported();
            };
          }

          @Override
          public NavigableMap<EntryKey, Map<String, AttributeValue>> between(
              KeyCondition.Between node) {
            return partitionEntries.subMap(
                EntryKey.before(literal(node.lower())), true,
                EntryKey.after(literal(node.upper())), true);
          }

          @Override
          public NavigableMap<EntryKey, Map<String, AttributeValue>> beginsWith(
              KeyCondition.BeginsWith node) {
            AttributeValue prefix = literal(node.prefix());
            AttributeValue next = successor(prefix);
            return next == null
                ? partitionEntries.tailMap(EntryKey.before(prefix), true)
                : partitionEntries.subMap(
                    EntryKey.before(prefix), true, EntryKey.before(next), false);
          }
        });
  }

  /** The bound value; DynamoDB names a placeholder that no ExpressionAttributeValues defines. */
  private static AttributeValue literal(ValueOperand operand) {
    return operand.accept(
        new ValueOperand.Visitor<AttributeValue>() {
          @Override
          public AttributeValue literal(Literal node) {
            return node.value();
          }

          @Override
          public AttributeValue placeholder(Placeholder node) {
            throw ErrorMessages.undefinedKeyConditionValue(node.name());
          }
        });
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
