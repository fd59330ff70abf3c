package io.keyspan.server.internal;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.AttributeValue.Type;
import io.keyspan.value.Values;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A ComparisonOperator of the legacy conditions (Expected, KeyConditions, QueryFilter, ScanFilter):
 * how many values of which types its AttributeValueList takes, and the expression condition it
 * means, so that the one evaluator decides it
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Conditions.html).
 * The constants are declared in the order DynamoDB lists them in its enum message.
 */
enum LegacyOperator {
  IN(1, Integer.MAX_VALUE, scalars()),
  NULL(0, 0, Set.of()),
  BETWEEN(2, 2, scalars()),
  LT(1, 1, scalars()),
  NOT_CONTAINS(1, 1, scalars()),
  EQ(1, 1, scalarsAndSets()),
  GT(1, 1, scalars()),
  NOT_NULL(0, 0, Set.of()),
  NE(1, 1, scalarsAndSets()),
  LE(1, 1, scalars()),
  BEGINS_WITH(1, 1, EnumSet.of(Type.S, Type.B)),
  GE(1, 1, scalars()),
  CONTAINS(1, 1, scalars());

  private static final String INVALID = "One or more parameter values were invalid: ";

  private final int minValues;
  private final int maxValues;
  private final Set<Type> valueTypes;

  LegacyOperator(int minValues, int maxValues, Set<Type> valueTypes) {
    this.minValues = minValues;
    this.maxValues = maxValues;
    this.valueTypes = valueTypes;
  }

  private static Set<Type> scalars() {
    return EnumSet.of(Type.S, Type.N, Type.B);
  }

  private static Set<Type> scalarsAndSets() {
    return EnumSet.of(Type.S, Type.N, Type.B, Type.SS, Type.NS, Type.BS);
  }

  /**
   * Checks the AttributeValueList as DynamoDB does: the number of values, one type for all of them,
   * a type the operator accepts, and BETWEEN bounds in order.
   */
  void checkValues(List<AttributeValue> values) {
    if (values.size() < minValues || values.size() > maxValues) {
      throw new ValidationException(
          INVALID + "Invalid number of argument(s) for the " + name() + " ComparisonOperator");
    }
    if (values.isEmpty()) {
      return;
    }
    Type type = values.get(0).type();
    if (values.stream().anyMatch(value -> value.type() != type)) {
      throw new ValidationException(
          INVALID + "AttributeValues inside AttributeValueList must be of same type");
    }
    if (!valueTypes.contains(type)) {
      throw new ValidationException(
          INVALID
              + "ComparisonOperator "
              + name()
              + " is not valid for "
              + type
              + " AttributeValue type");
    }
    if (this == BETWEEN && Values.compare(values.get(0), values.get(1)) > 0) {
      throw new ValidationException(
          "The BETWEEN condition was provided a range where the lower bound is greater than the"
              + " upper bound");
    }
  }

  /** The expression condition this operator means on a top-level attribute, values checked. */
  Condition condition(String attribute, List<AttributeValue> values) {
    Path path = Path.of(attribute);
    List<Operand> operands = values.stream().<Operand>map(Literal::new).toList();
    return switch (this) {
      case EQ -> compare(path, ComparisonOperator.EQ, operands);
      case NE -> compare(path, ComparisonOperator.NE, operands);
      case LT -> compare(path, ComparisonOperator.LT, operands);
      case LE -> compare(path, ComparisonOperator.LE, operands);
      case GT -> compare(path, ComparisonOperator.GT, operands);
      case GE -> compare(path, ComparisonOperator.GE, operands);
      case NULL -> new Condition.AttributeNotExists(path);
      case NOT_NULL -> new Condition.AttributeExists(path);
      case CONTAINS -> new Condition.Contains(path, operands.get(0));
      case NOT_CONTAINS -> new Condition.Not(new Condition.Contains(path, operands.get(0)));
      case BEGINS_WITH -> new Condition.BeginsWith(path, operands.get(0));
      case IN -> new Condition.In(path, operands);
      case BETWEEN -> new Condition.Between(path, operands.get(0), operands.get(1));
    };
  }

  private static Condition compare(Path path, ComparisonOperator op, List<Operand> operands) {
    return new Condition.Compare(path, op, operands.get(0));
  }
}
