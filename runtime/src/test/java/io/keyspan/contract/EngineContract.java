package io.keyspan.contract;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of the engine contract suite: behaviour every {@link Engine} shows alike, written once
 * against the SPI and run against each engine by a subclass that supplies it. Each test works on
 * tables of its own, with names unique in the JVM, and deletes them afterwards, so one engine (or
 * one emulator) can serve every test.
 *
 * <p>An engine module adds one subclass per contract class, typically as JUnit {@code @Nested}
 * classes of a single test class. Where an emulator is known to differ from DynamoDB (see
 * (runtime-dynamodb/EMULATORS.md), its subclass names the {@link Deviation}, and the affected
 * assertions check the documented deviation instead, so nothing is skipped silently.
 */
public abstract class EngineContract {
  private static final AtomicInteger TABLE_COUNTER = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

  private final List<String> createdTables = new ArrayList<>();

  /** The engine under test. It may be shared by all tests of the class or of the JVM. */
  protected abstract Engine engine();

  /** The documented deviations of the engine's backing service from DynamoDB. */
  protected Set<Deviation> deviations() {
    return Set.of();
  }

  /** A documented way an emulator differs from DynamoDB (runtime-dynamodb/EMULATORS.md). */
  public enum Deviation {
    /** dynalite returns {@code "Attributes":{}} where DynamoDB leaves the field out. */
    EMPTY_ATTRIBUTES_INSTEAD_OF_NONE,
    /** dynalite leaves out the item of a ConditionalCheckFailedException. */
    NO_ITEM_ON_CONDITIONAL_CHECK_FAILURE,
    /**
     * dynalite has no UpdateTimeToLive (UnknownOperationException); it describes TTL as disabled.
     */
    NO_TIME_TO_LIVE,
    /** moto returns ConsumedCapacity when not asked for. */
    CONSUMED_CAPACITY_UNASKED,
    /** moto lists tables in creation order; DynamoDB (and dynalite) in name order. */
    TABLES_LISTED_IN_CREATION_ORDER,
    /** moto ignores the ProjectionExpression of a TransactGetItems Get and returns whole items. */
    NO_PROJECTION_IN_TRANSACT_GET,
    /** dynalite accepts every tag: reserved prefixes, the 51st tag. */
    NO_TAG_VALIDATION,
    /** dynalite ignores CreateTable's Tags. */
    NO_TAGS_ON_CREATE_TABLE,
    /** moto misses many validations; validation messages are not compared. */
    LOOSE_VALIDATION
  }

  protected boolean has(Deviation deviation) {
    return deviations().contains(deviation);
  }

  @AfterEach
  void deleteCreatedTables() {
    for (String table : createdTables) {
      try {
        engine().deleteTable(new DeleteTableRequest(table));
      } catch (ResourceNotFoundException alreadyGone) {
        // the test deleted it itself
      }
    }
    createdTables.clear();
  }

  // ---------------------------------------------------------------- tables

  /** A table name no other test uses, remembered for deletion after the test. */
  protected String newTableName(String purpose) {
    String name = "contract_" + RUN + "_" + TABLE_COUNTER.incrementAndGet() + "_" + purpose;
    createdTables.add(name);
    return name;
  }

  /**
   * An on-demand table with a string partition key {@code pk} and, if asked, a number sort key
   * {@code sk}.
   */
  protected String createTable(String purpose, boolean withSortKey) {
    String name = newTableName(purpose);
    List<AttributeDefinition> definitions = new ArrayList<>();
    List<KeySchemaElement> keySchema = new ArrayList<>();
    definitions.add(new AttributeDefinition("pk", ScalarAttributeType.S));
    keySchema.add(KeySchemaElement.hash("pk"));
    if (withSortKey) {
      definitions.add(new AttributeDefinition("sk", ScalarAttributeType.N));
      keySchema.add(KeySchemaElement.range("sk"));
    }
    engine()
        .createTable(
            new CreateTableRequest(
                name,
                definitions,
                keySchema,
                List.of(),
                List.of(),
                BillingMode.PAY_PER_REQUEST,
                null,
                null,
                null));
    return name;
  }

  /**
   * An on-demand table {@code pk} (S) + {@code sk} (N) with a GSI {@code byGroup} on {@code group}
   * (S) + {@code rank} (N), projecting ALL, and an LSI {@code byName} on {@code name} (S),
   * projecting KEYS_ONLY.
   */
  protected String createIndexedTable(String purpose) {
    String name = newTableName(purpose);
    engine()
        .createTable(
            new CreateTableRequest(
                name,
                List.of(
                    new AttributeDefinition("pk", ScalarAttributeType.S),
                    new AttributeDefinition("sk", ScalarAttributeType.N),
                    new AttributeDefinition("group", ScalarAttributeType.S),
                    new AttributeDefinition("rank", ScalarAttributeType.N),
                    new AttributeDefinition("name", ScalarAttributeType.S)),
                List.of(KeySchemaElement.hash("pk"), KeySchemaElement.range("sk")),
                List.of(
                    new GlobalSecondaryIndex(
                        "byGroup",
                        List.of(KeySchemaElement.hash("group"), KeySchemaElement.range("rank")),
                        IndexProjection.ALL,
                        null)),
                List.of(
                    new LocalSecondaryIndex(
                        "byName",
                        List.of(KeySchemaElement.hash("pk"), KeySchemaElement.range("name")),
                        IndexProjection.KEYS_ONLY)),
                BillingMode.PAY_PER_REQUEST,
                null,
                null,
                null));
    return name;
  }

  protected TableDescription describe(String table) {
    return engine().describeTable(new DescribeTableRequest(table));
  }

  // ---------------------------------------------------------------- items and expressions

  /** An item from alternating names and values. */
  protected static Map<String, AttributeValue> item(Object... namesAndValues) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
    }
    return item;
  }

  protected static AttributeValue s(String value) {
    return AttributeValue.s(value);
  }

  protected static AttributeValue n(long value) {
    return AttributeValue.n(value);
  }

  protected static AttributeValue n(String value) {
    return AttributeValue.n(value);
  }

  protected static Literal literal(AttributeValue value) {
    return new Literal(value);
  }

  protected static Condition compare(
      String attribute, ComparisonOperator op, AttributeValue value) {
    return new Condition.Compare(Path.of(attribute), op, new Literal(value));
  }

  protected static KeyCondition partition(String attribute, AttributeValue value) {
    return KeyCondition.of(
        new KeyCondition.Compare(attribute, ComparisonOperator.EQ, new Literal(value)));
  }

  protected static KeyCondition partitionAnd(
      String attribute, AttributeValue value, KeyCondition.Term sort) {
    return KeyCondition.of(
        new KeyCondition.Compare(attribute, ComparisonOperator.EQ, new Literal(value)), sort);
  }

  protected void put(String table, Map<String, AttributeValue> item) {
    engine().putItem(PutItemRequest.builder(table, item).build());
  }

  /** The item under the key, read strongly consistently; null when absent. */
  protected Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
    return engine().getItem(GetItemRequest.builder(table, key).consistentRead(true).build()).item();
  }

  /**
   * What a write returned; an emulator's empty Attributes counts as none where it is documented.
   */
  protected Map<String, AttributeValue> returned(Map<String, AttributeValue> attributes) {
    if (attributes != null
        && attributes.isEmpty()
        && has(Deviation.EMPTY_ATTRIBUTES_INSTEAD_OF_NONE)) {
      return null;
    }
    return attributes;
  }

  protected static Map<String, AttributeValue> key(String pk) {
    return item("pk", s(pk));
  }

  protected static Map<String, AttributeValue> key(String pk, long sk) {
    return item("pk", s(pk), "sk", n(sk));
  }

  /** Consumed capacity is asserted absent only where the service does not send it unasked. */
  protected boolean reportsCapacityOnlyWhenAsked() {
    return !has(Deviation.CONSUMED_CAPACITY_UNASKED);
  }
}
