package io.keyspan.expression.partiql;

import io.keyspan.exception.ValidationException;

/** DynamoDB's texts for statements it rejects. */
final class PartiqlErrors {
  private PartiqlErrors() {}

  /** DynamoDB's prefix for a statement it cannot parse. */
  static ValidationException malformed(String detail) {
    return new ValidationException("Statement wasn't well formed, can't be processed: " + detail);
  }

  static ValidationException parameterCount() {
    return new ValidationException("Number of parameters in request and statement don't match.");
  }
}
