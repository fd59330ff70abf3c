package io.keyspan.expression.eval;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateValue;
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
    return value.accept(new Evaluation(oldItem));
  }

  /** The value of each SET value node, read from one old item. */
  private static final class Evaluation implements UpdateValue.Visitor<AttributeValue>, Bound {
    private final Map<String, AttributeValue> oldItem;

    Evaluation(Map<String, AttributeValue> oldItem) {
      this.oldItem = oldItem;
    }

    @Override
    public AttributeValue path(Path node) {
      AttributeValue found = PathReader.valueAt(node, oldItem);
      if (found == null) {
        throw UpdateErrors.missingAttribute();
      }
      return found;
    }

    @Override
    public AttributeValue ifNotExists(UpdateValue.IfNotExists node) {
      AttributeValue found = PathReader.valueAt(node.path(), oldItem);
      return found != null ? found : node.fallback().accept(this);
    }

    @Override
    public AttributeValue listAppend(UpdateValue.ListAppend node) {
      List<AttributeValue> first = list(node.first().accept(this));
      List<AttributeValue> second = list(node.second().accept(this));
      List<AttributeValue> joined = new ArrayList<>(first.size() + second.size());
      joined.addAll(first);
      joined.addAll(second);
      return AttributeValue.l(joined);
    }

    @Override
    public AttributeValue plus(UpdateValue.Plus node) {
      return arithmetic(number(node.left().accept(this)), number(node.right().accept(this)), false);
    }

    @Override
    public AttributeValue minus(UpdateValue.Minus node) {
      return arithmetic(number(node.left().accept(this)), number(node.right().accept(this)), true);
    }
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
