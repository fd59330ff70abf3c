package io.keyspan.repository;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ForwardingEngine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.UpdateTableRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ResourceNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The engine as repositories see it: DynamoDB's {@link ResourceNotFoundException} ("Requested
 * resource not found") gains the table it concerns and, when that table does not exist, the call
 * that creates it; DynamoDB's text stays in the message and the original is the cause. Engines and
 * Keyspan's server are not wrapped, so the wire keeps DynamoDB's exact text.
 */
final class TableNotFoundDetail extends ForwardingEngine {
  TableNotFoundDetail(Engine engine) {
    super(engine);
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return on(request.tableName(), null, () -> delegate().describeTable(request));
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return on(request.tableName(), null, () -> delegate().updateTable(request));
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return on(request.tableName(), null, () -> delegate().deleteTable(request));
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return on(request.tableName(), null, () -> delegate().updateTimeToLive(request));
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return on(request.tableName(), null, () -> delegate().describeTimeToLive(request));
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return on(request.tableName(), null, () -> delegate().putItem(request));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return on(request.tableName(), null, () -> delegate().getItem(request));
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return on(request.tableName(), null, () -> delegate().updateItem(request));
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return on(request.tableName(), null, () -> delegate().deleteItem(request));
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return on(request.tableName(), request.indexName(), () -> delegate().query(request));
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return on(request.tableName(), request.indexName(), () -> delegate().scan(request));
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return on(request.requestItems().keySet(), () -> delegate().batchGetItem(request));
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return on(request.requestItems().keySet(), () -> delegate().batchWriteItem(request));
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return on(
        request.transactItems().stream().map(TransactWriteItem::tableName).toList(),
        () -> delegate().transactWriteItems(request));
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return on(
        request.transactItems().stream().map(TransactGetItem::tableName).toList(),
        () -> delegate().transactGetItems(request));
  }

  private <R> R on(String tableName, String indexName, Supplier<R> call) {
    try {
      return call.get();
    } catch (ResourceNotFoundException e) {
      throw detailed(e, List.of(tableName), indexName);
    }
  }

  private <R> R on(Collection<String> tableNames, Supplier<R> call) {
    try {
      return call.get();
    } catch (ResourceNotFoundException e) {
      throw detailed(e, tableNames, null);
    }
  }

  /** Names the first table (in name order) that does not exist, else the index, else the tables. */
  private ResourceNotFoundException detailed(
      ResourceNotFoundException error, Collection<String> tableNames, String indexName) {
    TreeSet<String> tables = new TreeSet<>(tableNames);
    for (String table : tables) {
      if (!exists(table)) {
        return new ResourceNotFoundException(
            "Table "
                + table
                + " not found: "
                + error.getMessage()
                + ". The table does not exist: create it with createTable() on its repository first.",
            error);
      }
    }
    if (indexName != null) {
      return new ResourceNotFoundException(
          "Index "
              + indexName
              + " of table "
              + tables.first()
              + " not found: "
              + error.getMessage()
              + ". The table exists, but has no such index.",
          error);
    }
    return new ResourceNotFoundException(
        "Table " + String.join(", ", tables) + ": " + error.getMessage(), error);
  }

  private boolean exists(String tableName) {
    try {
      delegate().describeTable(new DescribeTableRequest(tableName));
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    } catch (KeyspanException e) {
      return true; // unknown: claim nothing about the table
    }
  }
}
