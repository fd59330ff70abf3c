package io.keyspan.engine.partiql;

import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import java.util.Optional;

/**
 * The WHERE term that a Query derived from a SELECT takes as its sort-key condition, so that it
 * reads only the items in range, as DynamoDB's own Query would: {@code sk = v}, {@code <}, {@code
 * <=}, {@code >}, {@code >=} (either way round), {@code sk BETWEEN a AND b} and {@code
 * begins_with(sk, p)} against constants of the key's type. Any other term on the sort key stays a
 * filter, where it selects the same items (Developer Guide, "PartiQL select statements for
 * DynamoDB": a SELECT with the partition key's equality is run as a query).
 */
final class SortKeyTerm {
  private SortKeyTerm() {}

  static Optional<KeyCondition.Term> of(Condition term, String sortKey, ScalarAttributeType type) {
    Path key = Path.of(sortKey);
    if (term instanceof Condition.Compare compare && compare.op() != ComparisonOperator.NE) {
      if (compare.left().equals(key) && constant(compare.right(), type)) {
        return Optional.of(
            new KeyCondition.Compare(sortKey, compare.op(), (Literal) compare.right()));
      }
      if (compare.right().equals(key) && constant(compare.left(), type)) {
        return Optional.of(
            new KeyCondition.Compare(sortKey, turned(compare.op()), (Literal) compare.left()));
      }
    } else if (term instanceof Condition.Between between
        && between.value().equals(key)
        && constant(between.lower(), type)
        && constant(between.upper(), type)) {
      return Optional.of(
          new KeyCondition.Between(sortKey, (Literal) between.lower(), (Literal) between.upper()));
    } else if (term instanceof Condition.BeginsWith beginsWith
        && beginsWith.subject().equals(key)
        && type != ScalarAttributeType.N
        && constant(beginsWith.prefix(), type)) {
      return Optional.of(new KeyCondition.BeginsWith(sortKey, (Literal) beginsWith.prefix()));
    }
    return Optional.empty();
  }

  /** A constant of the key's own type: any other could not be a key condition's operand. */
  private static boolean constant(Operand operand, ScalarAttributeType type) {
    return operand instanceof Literal literal && literal.value().type().name().equals(type.name());
  }

  /** The operator with its operands swapped: {@code 5 < sk} is {@code sk > 5}. */
  private static ComparisonOperator turned(ComparisonOperator op) {
    return switch (op) {
      case LT -> ComparisonOperator.GT;
      case LE -> ComparisonOperator.GE;
      case GT -> ComparisonOperator.LT;
      case GE -> ComparisonOperator.LE;
      default -> op;
    };
  }
}
