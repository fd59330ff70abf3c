package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The AWS Enhanced Client, unchanged, on the in-process client: bean and static schemas through
 * every kind of call.
 */
@KeyspanTest
class EnhancedClientTest {
  /** A plain class mapped by hand, as {@code StaticTableSchema} users do. */
  static final class Note {
    String topic;
    int number;
    String text;
  }

  private static final TableSchema<Note> NOTES =
      StaticTableSchema.builder(Note.class)
          .newItemSupplier(Note::new)
          .addAttribute(
              String.class,
              a ->
                  a.name("Topic")
                      .getter(n -> n.topic)
                      .setter((n, v) -> n.topic = v)
                      .tags(StaticAttributeTags.primaryPartitionKey()))
          .addAttribute(
              Integer.class,
              a ->
                  a.name("Number")
                      .getter(n -> n.number)
                      .setter((n, v) -> n.number = v)
                      .tags(StaticAttributeTags.primarySortKey()))
          .addAttribute(
              String.class, a -> a.name("Text").getter(n -> n.text).setter((n, v) -> n.text = v))
          .build();

  private DynamoDbClient dynamo;
  private DynamoDbEnhancedClient enhanced;
  private DynamoDbTable<Customer> customers;
  private DynamoDbTable<Note> notes;

  @BeforeEach
  void createTables() {
    enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
    customers = enhanced.table("Customers", TableSchema.fromBean(Customer.class));
    notes = enhanced.table("Notes", NOTES);
    customers.createTable();
    notes.createTable();
  }

  private static Note note(String topic, int number, String text) {
    Note note = new Note();
    note.topic = topic;
    note.number = number;
    note.text = text;
    return note;
  }

  @Test
  void beanSchema_putGetUpdateDelete() {
    customers.putItem(new Customer("c1", "o1", 10));
    Customer read = customers.getItem(Key.builder().partitionValue("c1").sortValue("o1").build());
    assertThat(read.getTotal()).isEqualTo(10);

    read.setTotal(12);
    customers.updateItem(read);
    assertThat(customers.getItem(read).getTotal()).isEqualTo(12);

    Customer deleted = customers.deleteItem(read);
    assertThat(deleted.getTotal()).isEqualTo(12);
    assertThat(customers.getItem(read)).isNull();
  }

  @Test
  void staticSchema_queryInPages_andScanWithAFilter() {
    IntStream.rangeClosed(1, 5).forEach(i -> notes.putItem(note("t", i, "note " + i)));
    notes.putItem(note("other", 1, "elsewhere"));

    var pages =
        notes
            .query(
                QueryEnhancedRequest.builder()
                    .queryConditional(
                        QueryConditional.sortGreaterThan(
                            Key.builder().partitionValue("t").sortValue(1).build()))
                    .limit(2)
                    .build())
            .stream()
            .map(page -> page.items().stream().map(n -> n.number).toList())
            .toList();
    var scanned =
        notes
            .scan(
                b ->
                    b.filterExpression(
                        Expression.builder()
                            .expression("Topic = :t")
                            .putExpressionValue(
                                ":t",
                                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(
                                    "other"))
                            .build()))
            .items()
            .stream()
            .map(n -> n.text)
            .toList();

    assertThat(pages).containsExactly(List.of(2, 3), List.of(4, 5), List.of()).inOrder();
    assertThat(scanned).containsExactly("elsewhere");
  }

  @Test
  void batches_writeAndReadBothTables() {
    enhanced.batchWriteItem(
        BatchWriteItemEnhancedRequest.builder()
            .addWriteBatch(
                WriteBatch.builder(Customer.class)
                    .mappedTableResource(customers)
                    .addPutItem(new Customer("c1", "o1", 1))
                    .addPutItem(new Customer("c1", "o2", 2))
                    .build())
            .addWriteBatch(
                WriteBatch.builder(Note.class)
                    .mappedTableResource(notes)
                    .addPutItem(note("t", 1, "one"))
                    .build())
            .build());

    var read =
        enhanced.batchGetItem(
            b ->
                b.readBatches(
                    ReadBatch.builder(Customer.class)
                        .mappedTableResource(customers)
                        .addGetItem(Key.builder().partitionValue("c1").sortValue("o1").build())
                        .addGetItem(Key.builder().partitionValue("c1").sortValue("o2").build())
                        .build(),
                    ReadBatch.builder(Note.class)
                        .mappedTableResource(notes)
                        .addGetItem(Key.builder().partitionValue("t").sortValue(1).build())
                        .build()));

    assertThat(read.resultsForTable(customers).stream().map(Customer::getOrderId).toList())
        .containsExactly("o1", "o2");
    assertThat(read.resultsForTable(notes).stream().map(n -> n.text).toList())
        .containsExactly("one");
  }

  @Test
  void transactions_commitTogether_orNotAtAll() {
    enhanced.transactWriteItems(
        TransactWriteItemsEnhancedRequest.builder()
            .addPutItem(customers, new Customer("c1", "o1", 1))
            .addPutItem(notes, note("t", 1, "one"))
            .build());
    assertThat(customers.scan().items().stream().count()).isEqualTo(1);

    TransactionCanceledException canceled =
        assertThrows(
            TransactionCanceledException.class,
            () ->
                enhanced.transactWriteItems(
                    TransactWriteItemsEnhancedRequest.builder()
                        .addPutItem(customers, new Customer("c1", "o2", 2))
                        .addConditionCheck(
                            notes,
                            b ->
                                b.key(Key.builder().partitionValue("t").sortValue(1).build())
                                    .conditionExpression(
                                        Expression.builder()
                                            .expression("attribute_not_exists(Topic)")
                                            .build()))
                        .build()));

    assertThat(canceled.cancellationReasons().stream().map(r -> r.code()).toList())
        .containsExactly("None", "ConditionalCheckFailed")
        .inOrder();
    assertThat(customers.scan().items().stream().count()).isEqualTo(1);
  }
}
