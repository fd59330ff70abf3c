package io.keyspan.memory;

import io.keyspan.exception.ValidationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table a tag request's ResourceArn names: {@code arn:aws:dynamodb:<region>:<account>:
 * table/<name>}. The engine belongs to no account and no region, so it accepts any; a table's ARN
 * is whatever its server or client reports (Keyspan's server reports {@code
 * arn:aws:dynamodb:ddblocal:000000000000:table/<name>}).
 */
final class TableArn {
  private static final Pattern TABLE_ARN =
      Pattern.compile("arn:aws:dynamodb:[^:]+:\\d+:table/([^/]{3,255})");

  private TableArn() {}

  /** The table name in the ARN, or DynamoDB's "Invalid TableArn" for anything else. */
  static String tableName(String resourceArn) {
    if (resourceArn == null) {
      // dynalite 4.0.0's text for a request without ResourceArn (validations/tagResource.js).
      throw new ValidationException("Invalid TableArn");
    }
    Matcher matcher = TABLE_ARN.matcher(resourceArn);
    if (!matcher.matches()) {
      throw new ValidationException(
          "Invalid TableArn: Invalid ResourceArn provided as input " + resourceArn);
    }
    return matcher.group(1);
  }
}
