package io.keyspan.processor.declared;

/** The DynamoDB operation a repository method runs. */
enum Operation {
  QUERY("Query"),
  SCAN("Scan"),
  UPDATE("UpdateItem"),
  DELETE("DeleteItem"),
  PUT("PutItem");

  private final String dynamoName;

  Operation(String dynamoName) {
    this.dynamoName = dynamoName;
  }

  String dynamoName() {
    return dynamoName;
  }

  /** "a Query method", "an UpdateItem method". */
  String describe() {
    return (this == UPDATE ? "an " : "a ") + dynamoName + " method";
  }

  boolean isRead() {
    return this == QUERY || this == SCAN;
  }
}
