package io.keyspan.expression.eval;

import io.keyspan.exception.ValidationException;

/**
 * DynamoDB's messages for the update errors that depend on the item, word for word (Developer Guide
 * Expressions.UpdateExpressions, HowItWorks.NamingRulesDataTypes). Errors found without the item
 * (clashing paths, constants of the wrong type) are {@link
 * io.keyspan.expression.parser.StaticChecks}'s.
 */
final class UpdateErrors {
  static final String INVALID_PATH =
      "The document path provided in the update expression is invalid for update";
  static final String MISSING_ATTRIBUTE =
      "The provided expression refers to an attribute that does not exist in the item";
  static final String INCORRECT_DATA_TYPE =
      "An operand in the update expression has an incorrect data type";
  // The API Reference lists this text among UpdateItem's validation errors.
  static final String NESTING_TOO_DEEP = "Nesting Levels have exceeded supported limits.";

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
}
