package io.keyspan.expression.eval;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;

/** DynamoDB's messages for update errors, word for word (DYNAMODB.md 1.7, 1.1). */
final class UpdateErrors {
  static final String INVALID_PATH =
      "The document path provided in the update expression is invalid for update";
  static final String MISSING_ATTRIBUTE =
      "The provided expression refers to an attribute that does not exist in the item";
  static final String INCORRECT_DATA_TYPE =
      "An operand in the update expression has an incorrect data type";
  // The API Reference lists this text among UpdateItem's validation errors.
  static final String NESTING_TOO_DEEP = "Nesting Levels have exceeded supported limits.";

  private static final String INVALID = "Invalid UpdateExpression: ";

  private UpdateErrors() {}

  static ValidationException invalidPath() {
    return new ValidationException(INVALID_PATH);
  }

  static ValidationException missingAttribute() {
    return new ValidationException(MISSING_ATTRIBUTE);
  }

  static ValidationException incorrectDataType() {
    return new ValidationException(INCORRECT_DATA_TYPE);
  }

  static ValidationException nestingTooDeep() {
    return new ValidationException(NESTING_TOO_DEEP);
  }

  /** A constant of the wrong type for {@code +}, {@code -} or list_append: short type names. */
  static ValidationException operandType(String function, AttributeValue.Type type) {
    return new ValidationException(
        INVALID
            + "Incorrect operand type for operator or function; operator or function: "
            + function
            + ", operand type: "
            + type.name());
  }

  /** A constant of the wrong type for ADD or DELETE: long type names ("STRING"). */
  static ValidationException clauseOperandType(String clause, AttributeValue.Type type) {
    return new ValidationException(
        INVALID
            + "Incorrect operand type for operator or function; operator: "
            + clause
            + ", operand type: "
            + type.longName());
  }

  static ValidationException overlap(Path one, Path two) {
    return twoPaths("overlap", one, two);
  }

  static ValidationException conflict(Path one, Path two) {
    return twoPaths("conflict", one, two);
  }

  private static ValidationException twoPaths(String problem, Path one, Path two) {
    return new ValidationException(
        INVALID
            + "Two document paths "
            + problem
            + " with each other; must remove or rewrite one of these paths; path one: "
            + one.toMessageForm()
            + ", path two: "
            + two.toMessageForm());
  }
}
