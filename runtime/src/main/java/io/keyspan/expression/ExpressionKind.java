package io.keyspan.expression;

/** The five kinds of DynamoDB expression, named as DynamoDB names them in its messages. */
public enum ExpressionKind {
  CONDITION("ConditionExpression"),
  FILTER("FilterExpression"),
  KEY_CONDITION("KeyConditionExpression"),
  UPDATE("UpdateExpression"),
  PROJECTION("ProjectionExpression");

  private final String parameterName;

  ExpressionKind(String parameterName) {
    this.parameterName = parameterName;
  }

  /** The request parameter's name, as in "Invalid UpdateExpression: ...". */
  public String parameterName() {
    return parameterName;
  }
}
