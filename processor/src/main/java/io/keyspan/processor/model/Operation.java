package io.keyspan.processor.model;

/** The DynamoDB operation a repository method runs. */
public enum Operation {
  QUERY("Query"),
  SCAN("Scan"),
  UPDATE("UpdateItem"),
  DELETE("DeleteItem"),
  PUT("PutItem");

  private final String dynamoName;

  Operation(String dynamoName) {
    this.dynamoName = dynamoName;
  }

  public String dynamoName() {
    return dynamoName;
  }

  /** "a Query method", "an UpdateItem method". */
  public String describe() {
    return (this == UPDATE ? "an " : "a ") + dynamoName + " method";
  }

  public boolean isRead() {
    return this == QUERY || this == SCAN;
  }
}
