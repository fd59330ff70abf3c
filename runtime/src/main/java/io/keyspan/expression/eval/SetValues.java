package io.keyspan.expression.eval;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import io.keyspan.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The right-hand side of a SET action, read from the old item (Developer Guide
 * Expressions.UpdateExpressions, SET).
 */
final class SetValues {
  private SetValues() {}

  static AttributeValue evaluate(UpdateValue value, Map<String, AttributeValue> oldItem) {
    if (value instanceof Path path) {
      AttributeValue found = PathReader.valueAt(path, oldItem);
      if (found == null) {
        throw UpdateErrors.missingAttribute();
      }
      return found;
    }
    if (value instanceof ValueOperand operand) {
      return Bound.value(operand);
    }
    if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      AttributeValue found = PathReader.valueAt(ifNotExists.path(), oldItem);
      return found != null ? found : evaluate(ifNotExists.fallback(), oldItem);
    }
    if (value instanceof UpdateValue.ListAppend append) {
      List<AttributeValue> first = list(evaluate(append.first(), oldItem));
      List<AttributeValue> second = list(evaluate(append.second(), oldItem));
      List<AttributeValue> joined = new ArrayList<>(first.size() + second.size());
      joined.addAll(first);
      joined.addAll(second);
      return AttributeValue.l(joined);
    }
    if (value instanceof UpdateValue.Plus plus) {
      BigDecimal left = number(evaluate(plus.left(), oldItem));
      BigDecimal right = number(evaluate(plus.right(), oldItem));
      return arithmetic(left, right, false);
    }
    UpdateValue.Minus minus = (UpdateValue.Minus) value;
    BigDecimal left = number(evaluate(minus.left(), oldItem));
    BigDecimal right = number(evaluate(minus.right(), oldItem));
    return arithmetic(left, right, true);
  }

  /** Exact 38-digit arithmetic; a result that does not fit is rejected, never rounded (1.1). */
  static AttributeValue.N arithmetic(BigDecimal left, BigDecimal right, boolean subtract) {
    try {
      BigDecimal result = subtract ? Numbers.subtract(left, right) : Numbers.add(left, right);
      return AttributeValue.n(result);
    } catch (InvalidValueException e) {
      throw new ValidationException(e.getMessage());
    }
  }

  private static List<AttributeValue> list(AttributeValue value) {
    if (value instanceof AttributeValue.L list) {
      return list.values();
    }
    throw UpdateErrors.incorrectDataType();
  }

  private static BigDecimal number(AttributeValue value) {
    if (value instanceof AttributeValue.N number) {
      return number.value();
    }
    throw UpdateErrors.incorrectDataType();
  }
}
