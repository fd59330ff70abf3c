package io.keyspan.dynamodb.nativepath;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.dynamodb.AttributeValues;
import io.keyspan.dynamodb.DynamoDbEngine;
import io.keyspan.dynamodb.codec.Book;
import io.keyspan.dynamodb.codec.BookRepository;
import io.keyspan.dynamodb.codec.BookSchema;
import io.keyspan.dynamodb.codec.Books;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ForwardingEngine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.OptimisticLockingException;
import io.keyspan.memory.MemoryEngine;
import io.keyspan.schema.MappingException;
import io.keyspan.value.NativeItem;
import io.keyspan.value.ValueCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * On the AWS SDK engine a repository writes objects straight into the SDK's {@code AttributeValue}
 * maps and reads them straight from the SDK's answers: the stored items are those of the two-step
 * path (object, Keyspan item, SDK item), the attributes Keyspan maintains are planned in SDK
 * values, and the in-memory engine still takes Keyspan items.
 */
class NativeItemPathTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final ItemClient client = new ItemClient();
  private final DynamoDbEngine engine = DynamoDbEngine.using(client);

  /** The engine as a decorator that works on Keyspan items shows it: the two-step path. */
  private static Engine twoStep(Engine engine) {
    return new ForwardingEngine(engine) {
      @Override
      public Optional<ValueCodec<?>> itemCodec() {
        return Optional.empty();
      }
    };
  }

  private static Keyspan on(Engine engine) {
    return Keyspan.builder().engine(engine).clock(CLOCK).build();
  }

  @BeforeEach
  void forgetConversions() {
    NativeOnlyConverter.ENCODED.clear();
    NativeOnlyConverter.DECODED.clear();
  }

  @Test
  void put_sendsTheValuesTheSchemaWrote_withoutAKeyspanItem() {
    Probe stored = new ProbeRepository(on(engine)).put(new Probe("p1", "first"));

    // The SDK request holds the very value the converter made: nobody converted it again.
    assertThat(client.putItem().get("Label")).isSameInstanceAs(NativeOnlyConverter.ENCODED.get(0));
    assertThat(client.putItem()).containsEntry("Id", AttributeValue.fromS("p1"));
    assertThat(stored).isEqualTo(new Probe("p1", "first"));
  }

  @Test
  void get_readsTheValuesTheSdkAnswered_withoutAKeyspanItem() {
    AttributeValue label = AttributeValue.fromS("found");
    client.stored = Map.of("Id", AttributeValue.fromS("p1"), "Label", label);

    Optional<Probe> read = new ProbeRepository(on(engine)).get("p1");

    assertThat(read).hasValue(new Probe("p1", "found"));
    assertThat(NativeOnlyConverter.DECODED).hasSize(1);
    assertThat(NativeOnlyConverter.DECODED.get(0)).isSameInstanceAs(label);
  }

  @Test
  void get_ofNoItem_isEmpty() {
    assertThat(new ProbeRepository(on(engine)).get("p1")).isEmpty();
  }

  @Test
  void scanAndQueryPages_readTheValuesTheSdkAnswered_withoutAKeyspanItem() {
    AttributeValue first = AttributeValue.fromS("first");
    AttributeValue second = AttributeValue.fromS("second");
    client.page =
        List.of(
            Map.of("Id", AttributeValue.fromS("p1"), "Label", first),
            Map.of("Id", AttributeValue.fromS("p2"), "Label", second));
    ProbeRepository probes = new ProbeRepository(on(engine));

    assertThat(probes.scan().list())
        .containsExactly(new Probe("p1", "first"), new Probe("p2", "second"))
        .inOrder();
    assertThat(probes.query("p1").list()).hasSize(2);

    assertThat(NativeOnlyConverter.DECODED).hasSize(4);
    assertThat(NativeOnlyConverter.DECODED.get(0)).isSameInstanceAs(first);
    assertThat(NativeOnlyConverter.DECODED.get(1)).isSameInstanceAs(second);
  }

  @Test
  void pagesOfEveryType_readWhatTheTwoStepPathReads() {
    List<Book> books = List.of(Books.full(), Books.sparse());
    client.page =
        books.stream()
            .map(book -> AttributeValues.toSdk(BookSchema.instance().toItem(book)))
            .toList();

    List<Book> read = new BookRepository(on(engine)).scan().list();

    assertThat(read.stream().map(BookSchema.instance()::toItem).toList())
        .isEqualTo(
            client.page.stream()
                .map(item -> BookSchema.instance().read(AttributeValues.fromSdk(item)))
                .map(BookSchema.instance()::toItem)
                .toList());
  }

  @Test
  void put_ofEveryType_sendsTheItemOfTheTwoStepPath() {
    ItemClient twoStepClient = new ItemClient();
    for (Book book : List.of(Books.full(), Books.sparse())) {
      client.puts.clear();
      twoStepClient.puts.clear();

      new BookRepository(on(engine)).put(book);
      new BookRepository(on(twoStep(DynamoDbEngine.using(twoStepClient)))).put(book);

      assertThat(client.putItem()).isEqualTo(twoStepClient.putItem());
      assertThat(client.putItem())
          .isEqualTo(AttributeValues.toSdk(BookSchema.instance().toItem(book)));
    }
  }

  @Test
  void updateAndDelete_readTheItemsTheSdkReturned_withoutAKeyspanItem() {
    AttributeValue label = AttributeValue.fromS("returned");
    client.stored = Map.of("Id", AttributeValue.fromS("p1"), "Label", label);
    ProbeRepository probes = new ProbeRepository(on(engine));

    // The stub answers every write with the stored item, whatever the update says.
    assertThat(probes.update("p1").remove(ProbeSchema.LABEL).execute())
        .isEqualTo(new Probe("p1", "returned"));
    assertThat(probes.delete("p1")).hasValue(new Probe("p1", "returned"));

    assertThat(NativeOnlyConverter.DECODED).hasSize(2);
    assertThat(NativeOnlyConverter.DECODED.get(0)).isSameInstanceAs(label);
    assertThat(NativeOnlyConverter.DECODED.get(1)).isSameInstanceAs(label);
  }

  @Test
  void batchPut_sendsTheValuesTheSchemaWrote_withoutAKeyspanItem() {
    new ProbeRepository(on(engine))
        .batchPut(List.of(new Probe("p1", "first"), new Probe("p2", "second")));

    assertThat(client.batchPuts).hasSize(2);
    assertThat(client.batchPuts.get(0).get("Label"))
        .isSameInstanceAs(NativeOnlyConverter.ENCODED.get(0));
    assertThat(client.batchPuts.get(1).get("Label"))
        .isSameInstanceAs(NativeOnlyConverter.ENCODED.get(1));
    assertThat(client.batchPuts.get(1)).containsEntry("Id", AttributeValue.fromS("p2"));
  }

  @Test
  void batchPut_ofEveryType_sendsTheItemsOfTheTwoStepPath() {
    ItemClient twoStepClient = new ItemClient();
    List<Book> books = List.of(Books.full(), Books.sparse());

    new BookRepository(on(engine)).batchPut(books);
    new BookRepository(on(twoStep(DynamoDbEngine.using(twoStepClient)))).batchPut(books);

    assertThat(client.batchPuts).isEqualTo(twoStepClient.batchPuts);
    assertThat(client.batchPuts)
        .containsExactlyElementsIn(
            books.stream()
                .map(book -> AttributeValues.toSdk(BookSchema.instance().toItem(book)))
                .toList())
        .inOrder();
  }

  @Test
  void get_ofEveryType_readsWhatTheTwoStepPathReads() {
    for (Book book : List.of(Books.full(), Books.sparse())) {
      client.stored = AttributeValues.toSdk(BookSchema.instance().toItem(book));

      Book read = new BookRepository(on(engine)).get(book.isbn(), book.edition()).orElseThrow();

      // Book holds a byte[], which records compare by identity: compare the items they write.
      Book twoStep = BookSchema.instance().read(AttributeValues.fromSdk(client.stored));
      assertThat(BookSchema.instance().toItem(read))
          .isEqualTo(BookSchema.instance().toItem(twoStep));
    }
  }

  @Test
  void get_ofAValueThatIsNoNumber_isAMappingErrorNamingTheItemAndTheAttribute() {
    Map<String, AttributeValue> stored =
        new HashMap<>(AttributeValues.toSdk(BookSchema.instance().toItem(Books.full())));
    stored.put("copies", AttributeValue.fromN("many"));
    client.stored = stored;

    MappingException error =
        assertThrows(
            MappingException.class, () -> new BookRepository(on(engine)).get("978-3-16", 2));

    assertThat(error)
        .hasMessageThat()
        .isEqualTo(
            "Books{Isbn=978-3-16, Edition=2}: attribute copies: A value provided cannot be"
                + " converted into a number");
  }

  @Test
  void put_plansVersionCountersAndTimestamps_asTheTwoStepPathDoes() {
    ItemClient twoStepClient = new ItemClient();
    Instant created = Instant.parse("2025-06-01T00:00:00Z");
    for (Ledger ledger :
        List.of(
            new Ledger("l1", "ann", null, null, null, null),
            new Ledger("l1", "ann", 4L, 120L, created, created))) {
      client.puts.clear();
      twoStepClient.puts.clear();

      Ledger stored = new LedgerRepository(on(engine)).put(ledger);
      new LedgerRepository(on(twoStep(DynamoDbEngine.using(twoStepClient)))).put(ledger);

      // The whole request: item, condition expression, names and values.
      assertThat(client.onlyPut()).isEqualTo(twoStepClient.onlyPut());
      assertThat(stored.version()).isEqualTo(ledger.version() == null ? 1 : ledger.version() + 1);
      assertThat(stored.visits()).isEqualTo(100);
      assertThat(stored.createdAt())
          .isEqualTo(ledger.createdAt() == null ? CLOCK.instant() : created);
      assertThat(stored.updatedAt()).isEqualTo(CLOCK.instant());
    }
    assertThat(client.onlyPut().conditionExpression()).isNotNull();
  }

  @Test
  void put_ofAStaleVersion_isAnOptimisticLockingFailure() {
    client.failure =
        ConditionalCheckFailedException.builder()
            .item(Map.of("Id", AttributeValue.fromS("l1"), "Version", AttributeValue.fromN("5")))
            .awsErrorDetails(
                AwsErrorDetails.builder()
                    .errorCode("ConditionalCheckFailedException")
                    .errorMessage("The conditional request failed")
                    .build())
            .statusCode(400)
            .build();

    OptimisticLockingException error =
        assertThrows(
            OptimisticLockingException.class,
            () ->
                new LedgerRepository(on(engine))
                    .put(new Ledger("l1", "ann", 4L, null, null, null)));

    assertThat(error)
        .hasMessageThat()
        .startsWith(
            "Optimistic locking failed for Ledgers{Id=l1}: expected version 4, found version 5");
  }

  /** Records what passes through it, reading each item as Keyspan's as a decorator would. */
  private static final class Recording extends ForwardingEngine {
    final List<Map<String, io.keyspan.value.AttributeValue>> items = new ArrayList<>();

    Recording(Engine engine) {
      super(engine);
    }

    @Override
    public WriteResponse putItem(PutItemRequest request) {
      items.add(request.item());
      return delegate().putItem(request.toBuilder().build());
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
      GetItemResponse response = delegate().getItem(request);
      items.add(response.item());
      return response;
    }
  }

  @Test
  void aWrappedEngine_stillSeesEachCall_andTheItemsAsKeyspans() {
    Recording recording = new Recording(engine);
    ProbeRepository probes = new ProbeRepository(on(recording));
    BookRepository books = new BookRepository(on(recording));

    probes.put(new Probe("p1", "first"));
    Book book = Books.full();
    books.put(book);
    client.stored = AttributeValues.toSdk(BookSchema.instance().toItem(book));
    books.get(book.isbn(), book.edition());

    assertThat(recording.items).hasSize(3);
    assertThat(client.puts.get(0).item().get("Label"))
        .isSameInstanceAs(NativeOnlyConverter.ENCODED.get(0));
    assertThat(recording.items.get(1)).isEqualTo(BookSchema.instance().toItem(book));
    assertThat(recording.items.get(2)).isEqualTo(BookSchema.instance().toItem(book));
  }

  @Test
  void theInMemoryEngine_takesAndGivesKeyspanItems() {
    Recording recording = new Recording(MemoryEngine.create());
    BookRepository books = new BookRepository(on(recording));
    books.createTable();
    Book book = Books.full();

    books.put(book);
    books.get(book.isbn(), book.edition());

    assertThat(recording.itemCodec()).isEmpty();
    assertThat(recording.items).hasSize(2);
    for (Map<String, io.keyspan.value.AttributeValue> item : recording.items) {
      assertThat(item).isNotInstanceOf(NativeItem.class);
      assertThat(item).isEqualTo(BookSchema.instance().toItem(book));
    }
  }
}
