package io.keyspan.repository;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTablesResponse;
import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.ListTagsOfResourceResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.engine.TransactWriteItemsResponse;
import io.keyspan.engine.UntagResourceRequest;
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
final class TableNotFoundDetail implements Engine {
  private final Engine engine;

  TableNotFoundDetail(Engine engine) {
    this.engine = engine;
  }

  @Override
  public TableDescription createTable(CreateTableRequest request) {
    return engine.createTable(request);
  }

  @Override
  public TableDescription describeTable(DescribeTableRequest request) {
    return on(request.tableName(), null, () -> engine.describeTable(request));
  }

  @Override
  public TableDescription updateTable(UpdateTableRequest request) {
    return on(request.tableName(), null, () -> engine.updateTable(request));
  }

  @Override
  public TableDescription deleteTable(DeleteTableRequest request) {
    return on(request.tableName(), null, () -> engine.deleteTable(request));
  }

  @Override
  public ListTablesResponse listTables(ListTablesRequest request) {
    return engine.listTables(request);
  }

  @Override
  public TimeToLiveDescription updateTimeToLive(UpdateTimeToLiveRequest request) {
    return on(request.tableName(), null, () -> engine.updateTimeToLive(request));
  }

  @Override
  public TimeToLiveDescription describeTimeToLive(DescribeTimeToLiveRequest request) {
    return on(request.tableName(), null, () -> engine.describeTimeToLive(request));
  }

  // Tags name their table by ARN; DynamoDB's message already carries it.

  @Override
  public void tagResource(TagResourceRequest request) {
    engine.tagResource(request);
  }

  @Override
  public void untagResource(UntagResourceRequest request) {
    engine.untagResource(request);
  }

  @Override
  public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
    return engine.listTagsOfResource(request);
  }

  @Override
  public WriteResponse putItem(PutItemRequest request) {
    return on(request.tableName(), null, () -> engine.putItem(request));
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return on(request.tableName(), null, () -> engine.getItem(request));
  }

  @Override
  public WriteResponse updateItem(UpdateItemRequest request) {
    return on(request.tableName(), null, () -> engine.updateItem(request));
  }

  @Override
  public WriteResponse deleteItem(DeleteItemRequest request) {
    return on(request.tableName(), null, () -> engine.deleteItem(request));
  }

  @Override
  public PageResponse query(QueryRequest request) {
    return on(request.tableName(), request.indexName(), () -> engine.query(request));
  }

  @Override
  public PageResponse scan(ScanRequest request) {
    return on(request.tableName(), request.indexName(), () -> engine.scan(request));
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return on(request.requestItems().keySet(), () -> engine.batchGetItem(request));
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return on(request.requestItems().keySet(), () -> engine.batchWriteItem(request));
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    return on(
        request.transactItems().stream().map(TransactWriteItem::tableName).toList(),
        () -> engine.transactWriteItems(request));
  }

  @Override
  public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
    return on(
        request.transactItems().stream().map(TransactGetItem::tableName).toList(),
        () -> engine.transactGetItems(request));
  }

  @Override
  public void close() {
    engine.close();
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
      engine.describeTable(new DescribeTableRequest(tableName));
      return true;
    } catch (ResourceNotFoundException e) {
      return false;
    } catch (KeyspanException e) {
      return true; // unknown: claim nothing about the table
    }
  }
}
