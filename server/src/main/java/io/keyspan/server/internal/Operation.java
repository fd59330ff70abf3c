package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import java.util.HashMap;
import java.util.Map;

/** The DynamoDB and DynamoDB Streams operations the server answers, by X-Amz-Target. */
enum Operation {
  CREATE_TABLE("CreateTable", TableOperations::createTable),
  DESCRIBE_TABLE("DescribeTable", TableOperations::describeTable),
  UPDATE_TABLE("UpdateTable", TableOperations::updateTable),
  DELETE_TABLE("DeleteTable", TableOperations::deleteTable),
  LIST_TABLES("ListTables", TableOperations::listTables),
  DESCRIBE_LIMITS("DescribeLimits", AccountOperations::describeLimits),
  DESCRIBE_ENDPOINTS(
      "DescribeEndpoints", (engine, request, host) -> AccountOperations.describeEndpoints(host)),
  UPDATE_TIME_TO_LIVE("UpdateTimeToLive", TableOperations::updateTimeToLive),
  DESCRIBE_TIME_TO_LIVE("DescribeTimeToLive", TableOperations::describeTimeToLive),
  TAG_RESOURCE("TagResource", TagOperations::tagResource),
  UNTAG_RESOURCE("UntagResource", TagOperations::untagResource),
  LIST_TAGS_OF_RESOURCE("ListTagsOfResource", TagOperations::listTagsOfResource),
  PUT_ITEM("PutItem", ItemOperations::putItem),
  GET_ITEM("GetItem", ItemOperations::getItem),
  UPDATE_ITEM("UpdateItem", ItemOperations::updateItem),
  DELETE_ITEM("DeleteItem", ItemOperations::deleteItem),
  QUERY("Query", ReadOperations::query),
  SCAN("Scan", ReadOperations::scan),
  BATCH_GET_ITEM("BatchGetItem", BatchOperations::batchGetItem),
  BATCH_WRITE_ITEM("BatchWriteItem", BatchOperations::batchWriteItem),
  TRANSACT_WRITE_ITEMS("TransactWriteItems", TransactionOperations::transactWriteItems),
  TRANSACT_GET_ITEMS("TransactGetItems", TransactionOperations::transactGetItems),
  LIST_STREAMS(Api.STREAMS, "ListStreams", StreamOperations::listStreams),
  DESCRIBE_STREAM(Api.STREAMS, "DescribeStream", StreamOperations::describeStream),
  GET_SHARD_ITERATOR(Api.STREAMS, "GetShardIterator", StreamOperations::getShardIterator),
  GET_RECORDS(Api.STREAMS, "GetRecords", StreamOperations::getRecords),
  EXECUTE_STATEMENT("ExecuteStatement", PartiqlOperations::executeStatement),
  BATCH_EXECUTE_STATEMENT("BatchExecuteStatement", PartiqlOperations::batchExecuteStatement),
  EXECUTE_TRANSACTION("ExecuteTransaction", PartiqlOperations::executeTransaction);

  /** The API version prefix of DynamoDB's targets: {@code DynamoDB_20120810.PutItem}. */
  static final String TARGET_PREFIX = "DynamoDB_20120810.";

  /** The two APIs one endpoint answers, told apart by their target prefix. */
  enum Api {
    DYNAMODB(TARGET_PREFIX),
    STREAMS("DynamoDBStreams_20120810.");

    private final String prefix;

    Api(String prefix) {
      this.prefix = prefix;
    }
  }

  private static final Map<String, Operation> BY_TARGET = new HashMap<>();

  static {
    for (Operation operation : values()) {
      BY_TARGET.put(operation.api.prefix + operation.wireName, operation);
    }
  }

  private final Api api;
  private final String wireName;
  private final AddressedHandler handler;

  Operation(String wireName, Handler handler) {
    this(Api.DYNAMODB, wireName, handler);
  }

  Operation(Api api, String wireName, Handler handler) {
    this(api, wireName, (engine, request, host) -> handler.handle(engine, request));
  }

  /** An operation whose answer depends on the address the request was sent to. */
  Operation(String wireName, AddressedHandler handler) {
    this(Api.DYNAMODB, wireName, handler);
  }

  Operation(Api api, String wireName, AddressedHandler handler) {
    this.api = api;
    this.wireName = wireName;
    this.handler = handler;
  }

  /** The operation an X-Amz-Target header names. */
  static Operation forTarget(String target) {
    Operation operation = target == null ? null : BY_TARGET.get(target);
    if (operation == null) {
      throw WireException.unknownOperation();
    }
    return operation;
  }

  String wireName() {
    return wireName;
  }

  /** The operation's answer to a request sent to {@code host} (the request's Host header). */
  ObjectNode handle(Engine engine, WireObject request, String host) {
    RequestShapes.check(wireName, request.json());
    return handler.handle(engine, request, host);
  }

  @FunctionalInterface
  private interface Handler {
    ObjectNode handle(Engine engine, WireObject request);
  }

  @FunctionalInterface
  private interface AddressedHandler {
    ObjectNode handle(Engine engine, WireObject request, String host);
  }
}
