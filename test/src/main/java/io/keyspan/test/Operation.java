package io.keyspan.test;

/** The engine operations a {@link Faults} rule can target, named as DynamoDB's API names them. */
public enum Operation {
  CREATE_TABLE("CreateTable"),
  DESCRIBE_TABLE("DescribeTable"),
  UPDATE_TABLE("UpdateTable"),
  DELETE_TABLE("DeleteTable"),
  LIST_TABLES("ListTables"),
  UPDATE_TIME_TO_LIVE("UpdateTimeToLive"),
  DESCRIBE_TIME_TO_LIVE("DescribeTimeToLive"),
  TAG_RESOURCE("TagResource"),
  UNTAG_RESOURCE("UntagResource"),
  LIST_TAGS_OF_RESOURCE("ListTagsOfResource"),
  PUT_ITEM("PutItem"),
  GET_ITEM("GetItem"),
  UPDATE_ITEM("UpdateItem"),
  DELETE_ITEM("DeleteItem"),
  QUERY("Query"),
  SCAN("Scan"),
  BATCH_GET_ITEM("BatchGetItem"),
  BATCH_WRITE_ITEM("BatchWriteItem"),
  TRANSACT_WRITE_ITEMS("TransactWriteItems"),
  TRANSACT_GET_ITEMS("TransactGetItems");

  private final String apiName;

  Operation(String apiName) {
    this.apiName = apiName;
  }

  /** DynamoDB's name, as in the {@code X-Amz-Target} header ({@code GetItem}). */
  public String apiName() {
    return apiName;
  }

  boolean isBatch() {
    return this == BATCH_GET_ITEM || this == BATCH_WRITE_ITEM;
  }

  boolean isTransaction() {
    return this == TRANSACT_WRITE_ITEMS || this == TRANSACT_GET_ITEMS;
  }
}
