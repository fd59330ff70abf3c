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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A KeyConditionExpression checked against the key of the table or index being queried (Developer
 * Guide Query.KeyConditionExpressions) and turned into a partition and a contiguous range of sort
 * keys.
 *
 * <p>On a multi-attribute key every partition attribute is tested by equality, the sort attributes
 * are used from the first one on without a gap, and only the last one used may have a range
 * condition (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 * Where DynamoDB's text for breaking these rules is not published, the messages are those it gives
 * for the same fault on a single-attribute key: a partition attribute or a skipped sort attribute
 * is a "missed key schema element", and a range condition before the last sort attribute used is a
 * "key condition not supported".
 *
 * @param partition the partition value: the attribute's value, or the L value of the parts
 * @param sortTerms the terms on the sort attributes, in key-schema order
 * @param lower the first position of the range, or null from the partition's start
 * @param upper the position after the range, or null to the partition's end
 */
record KeyRange(
    AttributeValue partition, List<KeyCondition.Term> sortTerms, EntryKey lower, EntryKey upper) {
  KeyRange {
    sortTerms = List.copyOf(sortTerms);
  }

  static KeyRange of(KeyCondition condition, TypedKeySchema key) {
    if (condition.terms().size() > 2 && !key.multiAttribute()) {
      throw ErrorMessages.keyConditionCount();
    }
    Map<String, KeyCondition.Term> terms = new LinkedHashMap<>();
    for (KeyCondition.Term term : condition.terms()) {
      terms.put(term.attribute(), term); // one term per attribute: StaticChecks.keyCondition
    }
    List<KeyCondition.Term> partitionTerms = new ArrayList<>();
    for (TypedKeySchema.Part part : key.partition()) {
      KeyCondition.Term term = terms.remove(part.name());
      if (term == null) {
        throw ErrorMessages.keyConditionMissesKey(part.name());
      }
      partitionTerms.add(term);
    }
    List<KeyCondition.Term> sortTerms = sortTerms(terms, key);
    List<AttributeValue> partitionValues = new ArrayList<>();
    for (KeyCondition.Term term : partitionTerms) {
      partitionValues.add(value(equality(term).value(), key, term.attribute()));
    }
    AttributeValue partition =
        partitionValues.size() == 1 ? partitionValues.get(0) : AttributeValue.l(partitionValues);
    List<AttributeValue> prefix = new ArrayList<>();
    for (KeyCondition.Term term : sortTerms.subList(0, Math.max(0, sortTerms.size() - 1))) {
      prefix.add(value(equality(term).value(), key, term.attribute()));
    }
    if (sortTerms.isEmpty()) {
      return new KeyRange(partition, sortTerms, null, null);
    }
    Bounds bounds = new Bounds(key, prefix);
    KeyCondition.Term last = sortTerms.get(sortTerms.size() - 1);
    return new KeyRange(partition, sortTerms, bounds.lower(last), bounds.upper(last));
  }

  /**
   * The terms on sort attributes, which must be the first ones of the key in order: a term on a
   * later attribute or on no key attribute at all names the first sort attribute without a term.
   */
  private static List<KeyCondition.Term> sortTerms(
      Map<String, KeyCondition.Term> terms, TypedKeySchema key) {
    List<KeyCondition.Term> sortTerms = new ArrayList<>();
    for (TypedKeySchema.Part part : key.sort()) {
      KeyCondition.Term term = terms.remove(part.name());
      if (term == null) {
        if (!terms.isEmpty()) {
          throw ErrorMessages.keyConditionMissesKey(part.name());
        }
        break;
      }
      sortTerms.add(term);
    }
    if (!terms.isEmpty()) {
      throw ErrorMessages.keyConditionNotSupported();
    }
    return sortTerms;
  }

  /**
   * A term that can only be an equality: on a partition attribute or a sort attribute before the
   * last one used.
   */
  private static KeyCondition.Compare equality(KeyCondition.Term term) {
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

  /**
   * The positions that enclose the entries matching the last sort term, after the equal values of
   * the sort attributes before it ({@code prefix}). Positions never equal an entry (see {@link
   * EntryKey}), so whether a bound is inclusive does not matter.
   */
  private record Bounds(TypedKeySchema key, List<AttributeValue> prefix) {

    EntryKey lower(KeyCondition.Term term) {
      return term.accept(
          new KeyCondition.Term.Visitor<EntryKey>() {
            @Override
            public EntryKey compare(KeyCondition.Compare node) {
              if (node.op() == ComparisonOperator.NE) {
                throw ErrorMessages.keyConditionNotSupported();
              }
              AttributeValue value = value(node.value(), key, node.attribute());
              return switch (node.op()) {
                case EQ, GE -> before(value);
                case GT -> after(value);
                case LT, LE, NE -> prefixStart();
              };
            }

            @Override
            public EntryKey between(KeyCondition.Between node) {
              AttributeValue lower = value(node.lower(), key, node.attribute());
              AttributeValue upper = value(node.upper(), key, node.attribute());
              if (Values.compare(lower, upper) > 0) {
                throw ErrorMessages.betweenBoundsReversed(lower, upper);
              }
              return before(lower);
            }

            @Override
            public EntryKey beginsWith(KeyCondition.BeginsWith node) {
              if (key.typeOf(node.attribute()).valueType() == AttributeValue.Type.N) {
                throw ErrorMessages.beginsWithOnNumber();
              }
              return before(value(node.prefix(), key, node.attribute()));
            }
          });
    }

    /** The upper position; the term was checked by {@link #lower}. */
    EntryKey upper(KeyCondition.Term term) {
      return term.accept(
          new KeyCondition.Term.Visitor<EntryKey>() {
            @Override
            public EntryKey compare(KeyCondition.Compare node) {
              AttributeValue value = literal(node.value());
              return switch (node.op()) {
                case LT -> before(value);
                case EQ, LE -> after(value);
                case GT, GE, NE -> prefixEnd();
              };
            }

            @Override
            public EntryKey between(KeyCondition.Between node) {
              return after(literal(node.upper()));
            }

            @Override
            public EntryKey beginsWith(KeyCondition.BeginsWith node) {
              AttributeValue next = successor(literal(node.prefix()));
              return next == null ? prefixEnd() : before(next);
            }
          });
    }

    private EntryKey before(AttributeValue last) {
      return EntryKey.before(key.sortValue(with(last)));
    }

    private EntryKey after(AttributeValue last) {
      return EntryKey.after(key.sortValue(with(last)));
    }

    /** Before the entries that share the prefix; null (the partition's start) when it is empty. */
    private EntryKey prefixStart() {
      return prefix.isEmpty() ? null : EntryKey.before(AttributeValue.l(prefix));
    }

    /** After the entries that share the prefix; null (the partition's end) when it is empty. */
    private EntryKey prefixEnd() {
      return prefix.isEmpty() ? null : EntryKey.after(AttributeValue.l(prefix));
    }

    private List<AttributeValue> with(AttributeValue last) {
      List<AttributeValue> values = new ArrayList<>(prefix);
      values.add(last);
      return values;
    }
  }

  /** A bound value whose type matches the key attribute's. */
  private static AttributeValue value(ValueOperand operand, TypedKeySchema key, String attribute) {
    AttributeValue value = literal(operand);
    if (value.type() != key.typeOf(attribute).valueType()) {
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
  void checkStartKey(Map<String, AttributeValue> startKey, TypedKeySchema key) {
    if (!sortTerms.isEmpty() && !ConditionEvaluator.test(new KeyCondition(sortTerms), startKey)) {
      throw ErrorMessages.startKeyOutsideRange();
    }
    if (!partition.equals(key.partitionOf(startKey))) {
      throw ErrorMessages.startKeyOutsidePartition(!sortTerms.isEmpty());
    }
  }

  /** The entries of the partition that satisfy the sort terms, in ascending order. */
  NavigableMap<EntryKey, StoredItem> select(NavigableMap<EntryKey, StoredItem> partitionEntries) {
    if (lower != null && upper != null) {
      return partitionEntries.subMap(lower, true, upper, false);
    }
    if (lower != null) {
      return partitionEntries.tailMap(lower, true);
    }
    return upper == null ? partitionEntries : partitionEntries.headMap(upper, false);
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
