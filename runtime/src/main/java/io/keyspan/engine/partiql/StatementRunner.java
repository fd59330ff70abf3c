package io.keyspan.engine.partiql;

import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.eval.ConditionEvaluator;
import io.keyspan.expression.eval.Projector;
import io.keyspan.expression.partiql.Statement;
import io.keyspan.expression.partiql.StatementParser;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs PartiQL statements through the engine SPI's own operations
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html): a SELECT
 * whose WHERE fixes the partition key by equality is a Query, any other a Scan; INSERT is a PutItem
 * that fails on an existing item; UPDATE and DELETE address one item by its full key. The Query
 * takes a WHERE term on the sort key as its key condition where one can be ({@link SortKeyTerm}).
 */
public final class StatementRunner {
  private final Engine engine;

  public StatementRunner(Engine engine) {
    this.engine = engine;
  }

  public ExecuteStatementResponse execute(ExecuteStatementRequest request) {
    Statement statement = StatementParser.parse(request.statement(), request.parameters());
    if (statement instanceof Statement.Select select) {
      return select(select, request);
    }
    return new ExecuteStatementResponse(plan(statement).run(engine).stream().toList(), null);
  }

  /**
   * Runs each statement of a BatchExecuteStatement on its own: a failure is that statement's answer
   * and stops no other.
   */
  public List<BatchStatementResponse> executeBatch(List<BatchStatementRequest> statements) {
    return new StatementBatch(this, engine).run(statements);
  }

  /** Runs the statements of an ExecuteTransaction all or none, as one TransactWrite/GetItems. */
  public ExecuteTransactionResponse executeTransaction(
      List<ParameterizedStatement> statements, String clientRequestToken) {
    return new StatementTransaction(this, engine).run(statements, clientRequestToken);
  }

  /** A write statement in the SPI's terms. */
  PlannedWrite plan(Statement statement) {
    if (statement instanceof Statement.Insert insert) {
      String partitionKey = keyNamed(keySchema(insert.table(), null), KeyType.HASH).orElseThrow();
      return new PlannedWrite.Insert(
          insert.table(), insert.item(), new Condition.AttributeNotExists(Path.of(partitionKey)));
    }
    if (statement instanceof Statement.Modify modify) {
      KeyedCondition keyed = keyed(modify.table(), modify.where());
      String partitionKey = keyed.key().keySet().iterator().next();
      // An UPDATE changes an existing item and never creates one.
      List<Condition> condition = new ArrayList<>();
      condition.add(new Condition.AttributeExists(Path.of(partitionKey)));
      condition.addAll(keyed.rest());
      return new PlannedWrite.Modify(
          modify.table(),
          keyed.key(),
          modify.update(),
          and(condition),
          returnValue(modify.returning()));
    }
    if (statement instanceof Statement.Delete delete) {
      KeyedCondition keyed = keyed(delete.table(), delete.where());
      return new PlannedWrite.Remove(
          delete.table(), keyed.key(), and(keyed.rest()), returnValue(delete.returning()));
    }
    throw new IllegalArgumentException("not a write: " + statement);
  }

  /** RETURNING as UpdateItem's and DeleteItem's ReturnValues. */
  private static ReturnValue returnValue(Statement.Returning returning) {
    return switch (returning) {
      case NOTHING -> ReturnValue.NONE;
      case ALL_OLD -> ReturnValue.ALL_OLD;
      case MODIFIED_OLD -> ReturnValue.UPDATED_OLD;
      case ALL_NEW -> ReturnValue.ALL_NEW;
      case MODIFIED_NEW -> ReturnValue.UPDATED_NEW;
    };
  }

  /** A SELECT of one item by its full key, as batches and transactions allow. */
  PlannedRead read(Statement.Select select) {
    if (select.index() != null) {
      throw new ValidationException(
          "Batch and transaction reads address a table's items by their full key, not an index");
    }
    KeyedCondition keyed = keyed(select.table(), select.where());
    return new PlannedRead(select.table(), keyed.key(), and(keyed.rest()), select.projection());
  }

  private ExecuteStatementResponse select(
      Statement.Select select, ExecuteStatementRequest request) {
    TableDescription table = table(select.table());
    List<KeySchemaElement> keys = keySchema(table, select.index());
    String partitionKey = keyNamed(keys, KeyType.HASH).orElseThrow();
    List<Condition> terms = conjuncts(select.where());
    Optional<Condition> partition =
        terms.stream().filter(term -> equalityOn(term, partitionKey).isPresent()).findFirst();
    if (partition.isPresent()) {
      return query(select, request, table, keys, terms, partition.get());
    }
    PageResponse page =
        engine.scan(
            ScanRequest.builder(select.table())
                .indexName(select.index())
                .filter(select.where())
                .projection(select.projection())
                .limit(request.limit())
                .exclusiveStartKey(request.exclusiveStartKey())
                .consistentRead(request.consistentRead())
                .build());
    return new ExecuteStatementResponse(page.items(), page.lastEvaluatedKey());
  }

  /**
   * The Query of a SELECT that fixes the partition key. A term left on a key attribute (such as
   * {@code sk <> 1}) cannot be a Query's filter, which reads only non-key attributes, yet
   * DynamoDB's PartiQL accepts it; then the remaining condition, and after it the projection, are
   * applied to the page here, with a filter's result: Limit counts the items read, before the
   * condition.
   */
  private ExecuteStatementResponse query(
      Statement.Select select,
      ExecuteStatementRequest request,
      TableDescription table,
      List<KeySchemaElement> keys,
      List<Condition> terms,
      Condition partition) {
    String partitionKey = keyNamed(keys, KeyType.HASH).orElseThrow();
    List<Condition> rest = new ArrayList<>(terms);
    rest.remove(partition);
    List<KeyCondition.Term> keyTerms = new ArrayList<>();
    keyTerms.add(
        new KeyCondition.Compare(
            partitionKey,
            ComparisonOperator.EQ,
            new Literal(equalityOn(partition, partitionKey).orElseThrow())));
    keyNamed(keys, KeyType.RANGE)
        .ifPresent(sortKey -> takeSortKeyTerm(table, sortKey, rest).ifPresent(keyTerms::add));
    Condition filter = and(rest);
    boolean filterReadsAKey =
        filter != null
            && AttributesUsed.by(filter).stream()
                .anyMatch(name -> isKey(name, keys) || isKey(name, table.keySchema()));
    PageResponse page =
        engine.query(
            QueryRequest.builder(select.table(), new KeyCondition(keyTerms))
                .indexName(select.index())
                .filter(filterReadsAKey ? null : filter)
                .projection(filterReadsAKey ? null : select.projection())
                .limit(request.limit())
                .exclusiveStartKey(request.exclusiveStartKey())
                .consistentRead(request.consistentRead())
                .build());
    List<Map<String, AttributeValue>> items = page.items();
    if (filterReadsAKey) {
      items =
          items.stream()
              .filter(item -> ConditionEvaluator.test(filter, item))
              .map(item -> projected(select.projection(), item))
              .toList();
    }
    return new ExecuteStatementResponse(items, page.lastEvaluatedKey());
  }

  private static boolean isKey(String attribute, List<KeySchemaElement> keys) {
    return keys.stream().anyMatch(key -> key.attributeName().equals(attribute));
  }

  private static Map<String, AttributeValue> projected(
      Projection projection, Map<String, AttributeValue> item) {
    return projection == null ? item : Projector.project(projection, item);
  }

  /** A WHERE split into the item's full key and the condition that remains. */
  private record KeyedCondition(Map<String, AttributeValue> key, List<Condition> rest) {}

  private KeyedCondition keyed(String table, Condition where) {
    List<Condition> rest = new ArrayList<>(conjuncts(where));
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (KeySchemaElement element : keySchema(table, null)) {
      Condition term =
          rest.stream()
              .filter(candidate -> equalityOn(candidate, element.attributeName()).isPresent())
              .findFirst()
              .orElseThrow(
                  () ->
                      new ValidationException(
                          "Where clause does not contain a mandatory equality on all key"
                              + " attributes"));
      key.put(element.attributeName(), equalityOn(term, element.attributeName()).orElseThrow());
      rest.remove(term);
    }
    return new KeyedCondition(key, rest);
  }

  /** Moves the first term that can narrow the sort key out of {@code rest}, if there is one. */
  private static Optional<KeyCondition.Term> takeSortKeyTerm(
      TableDescription table, String sortKey, List<Condition> rest) {
    ScalarAttributeType type =
        table.attributeDefinitions().stream()
            .filter(definition -> definition.attributeName().equals(sortKey))
            .map(AttributeDefinition::attributeType)
            .findFirst()
            .orElseThrow();
    for (Condition term : rest) {
      Optional<KeyCondition.Term> keyTerm = SortKeyTerm.of(term, sortKey, type);
      if (keyTerm.isPresent()) {
        rest.remove(term);
        return keyTerm;
      }
    }
    return Optional.empty();
  }

  private List<KeySchemaElement> keySchema(String table, String index) {
    return keySchema(table(table), index);
  }

  /**
   * The table a statement addresses. A statement is a data-plane call, so a missing table gets the
   * data-plane "Requested resource not found" that GetItem or Query would give, which does not name
   * the table, rather than DescribeTable's control-plane text.
   */
  private TableDescription table(String name) {
    try {
      return engine.describeTable(new DescribeTableRequest(name));
    } catch (ResourceNotFoundException missing) {
      throw new ResourceNotFoundException("Requested resource not found");
    }
  }

  private static List<KeySchemaElement> keySchema(TableDescription description, String index) {
    if (index == null) {
      return description.keySchema();
    }
    return description
        .index(index)
        .orElseThrow(
            () -> new ValidationException("The table does not have the specified index: " + index))
        .keySchema();
  }

  private static Optional<String> keyNamed(List<KeySchemaElement> keys, KeyType type) {
    return keys.stream()
        .filter(key -> key.keyType() == type)
        .map(KeySchemaElement::attributeName)
        .findFirst();
  }

  /** The top-level terms of a chain of ANDs. */
  private static List<Condition> conjuncts(Condition condition) {
    List<Condition> terms = new ArrayList<>();
    if (condition instanceof Condition.And and) {
      terms.addAll(conjuncts(and.left()));
      terms.addAll(conjuncts(and.right()));
    } else if (condition != null) {
      terms.add(condition);
    }
    return terms;
  }

  private static Condition and(List<Condition> terms) {
    Condition all = null;
    for (Condition term : terms) {
      all = all == null ? term : new Condition.And(all, term);
    }
    return all;
  }

  /** The value a term {@code attribute = value} (either way round) fixes the attribute to. */
  private static Optional<AttributeValue> equalityOn(Condition term, String attribute) {
    if (term instanceof Condition.Compare compare && compare.op() == ComparisonOperator.EQ) {
      if (compare.left().equals(Path.of(attribute)) && compare.right() instanceof Literal value) {
        return Optional.of(value.value());
      }
      if (compare.right().equals(Path.of(attribute)) && compare.left() instanceof Literal value) {
        return Optional.of(value.value());
      }
    }
    return Optional.empty();
  }
}
