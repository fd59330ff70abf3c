package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.engine.table.TimeToLiveStatus;
import io.keyspan.exception.InvalidCursorException;
import io.keyspan.exception.OptimisticLockingException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.repository.Key;
import io.keyspan.repository.Page;
import io.keyspan.repository.ReadTransaction;
import io.keyspan.repository.WriteTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Generated repositories running every operation on the in-memory engine. */
class MemoryEngineBehaviourTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private Keyspan db;
  private AccountRepository accounts;
  private PersonRepository people;
  private EverythingRepository everything;

  @BeforeEach
  void createTables() {
    db = Keyspan.builder().uri("memory:").clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    accounts = new AccountRepository(db);
    people = new PersonRepository(db);
    everything = new EverythingRepository(db);
    accounts.createTable();
    people.createTable();
    everything.createTable();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Account account(String owner, String name, long balance) {
    return new Account(
        owner,
        name,
        owner + "@x.io",
        balance,
        Set.of("a"),
        List.of(1),
        null,
        null,
        null,
        null,
        null,
        Instant.parse("2030-01-01T00:00:00Z"));
  }

  private static Person person(String id, int generation, String name) {
    Person person = new Person();
    person.setId(id);
    person.setGeneration(generation);
    person.setName(name);
    return person;
  }

  @Test
  void putAndGet_roundTripEveryTypeThroughTheEngine() {
    Everything item = RoundTripTest.sample();
    everything.put(item);
    Everything read = everything.get("id-1").orElseThrow();
    assertThat(read.text()).isEqualTo(item.text());
    assertThat(read.home()).isEqualTo(item.home());
    assertThat(read.addressBook()).isEqualTo(item.addressBook());
    assertThat(read.scores()).isEqualTo(item.scores());
    assertThat(read.decimal()).isEqualTo(item.decimal());
    assertThat(read.price()).isEqualTo(item.price());
  }

  @Test
  void createTable_switchesOnTimeToLive() {
    assertThat(db.engine().describeTimeToLive(new DescribeTimeToLiveRequest("Accounts")).status())
        .isEqualTo(TimeToLiveStatus.ENABLED);
  }

  @Test
  void put_plansVersionCounterAndTimestamps_andAStalePutConflicts() {
    Account stored = accounts.put(account("alice", "main", 10));
    assertThat(stored.version()).isEqualTo(1L);
    assertThat(stored.visits()).isEqualTo(100L);
    assertThat(stored.createdAt()).isEqualTo(NOW);
    Account read = accounts.get("alice", "main").orElseThrow();
    assertThat(read).isEqualTo(stored);

    Account second = accounts.put(read);
    assertThat(second.version()).isEqualTo(2L);
    assertThrows(OptimisticLockingException.class, () -> accounts.put(read));
    assertThrows(OptimisticLockingException.class, () -> accounts.put(account("alice", "main", 1)));
  }

  @Test
  void update_appliesTypedActions_andReturnsTheNewItem() {
    accounts.put(account("alice", "main", 10));
    Account updated =
        accounts
            .update("alice", "main")
            .add(AccountSchema.BALANCE, 5L)
            .add(AccountSchema.TAGS, Set.of("b"))
            .append(AccountSchema.HISTORY, List.of(2, 3))
            .set(AccountSchema.ADDRESS, new Address("1 Rue", "Paris", 75001, List.of()))
            .expectVersion(1)
            .execute();
    assertThat(updated.balance()).isEqualTo(15);
    assertThat(updated.tags()).containsExactly("a", "b");
    assertThat(updated.history()).containsExactly(1, 2, 3).inOrder();
    assertThat(updated.address().city()).isEqualTo("Paris");
    assertThat(updated.version()).isEqualTo(2L);
    assertThat(updated.visits()).isEqualTo(105L);

    // DynamoDB rejects two actions on one path in an update, so ADD and DELETE of a set take two.
    assertThat(
            accounts
                .update("alice", "main")
                .delete(AccountSchema.TAGS, Set.of("a"))
                .execute()
                .tags())
        .containsExactly("b");
    Account filtered =
        accounts
            .update("alice", "main")
            .remove(AccountSchema.ADDRESS)
            .when(AccountSchema.ADDRESS.city().eq("Paris"))
            .execute();
    assertThat(filtered.address()).isNull();
    assertThrows(
        OptimisticLockingException.class,
        () ->
            accounts
                .update("alice", "main")
                .add(AccountSchema.BALANCE, 1L)
                .expectVersion(1)
                .execute());
  }

  @Test
  void delete_returnsTheOldItem_andAVersionedDeleteChecksTheVersion() {
    Account stored = accounts.put(account("alice", "main", 10));
    accounts.update("alice", "main").add(AccountSchema.BALANCE, 1L).execute();
    assertThrows(OptimisticLockingException.class, () -> accounts.delete(stored));
    assertThat(accounts.delete("alice", "main").orElseThrow().balance()).isEqualTo(11);
    assertThat(accounts.get("alice", "main")).isEmpty();
  }

  @Test
  void query_withSortKeyConditionsDirectionFilterAndProjection() {
    for (int generation = 1; generation <= 5; generation++) {
      people.put(person("ada", generation, "Ada " + generation));
    }
    people.put(person("bob", 1, "Bob"));
    assertThat(people.query("ada").list()).hasSize(5);
    assertThat(
            people
                .query("ada")
                .sortKey(generation -> generation.between(2, 4))
                .descending()
                .list()
                .stream()
                .map(Person::getGeneration)
                .toList())
        .containsExactly(4, 3, 2)
        .inOrder();
    assertThat(people.query("ada").sortKey(generation -> generation.gt(3)).count()).isEqualTo(2);
    assertThat(people.query("ada").filter(PersonSchema.NAME.beginsWith("Ada 1")).list()).hasSize(1);
    Person projected =
        people.query("bob").project(PersonSchema.ID, PersonSchema.GENERATION).first().orElseThrow();
    assertThat(projected.getName()).isNull();
    assertThat(projected.getGeneration()).isEqualTo(1);
  }

  @Test
  void query_pagesResumeWithTheirCursor() {
    for (int generation = 1; generation <= 5; generation++) {
      people.put(person("ada", generation, "Ada"));
    }
    Page<Person> first = people.query("ada").pageSize(2).page();
    assertThat(first.items().stream().map(Person::getGeneration).toList())
        .containsExactly(1, 2)
        .inOrder();
    Page<Person> second =
        people.query("ada").pageSize(2).startAfter(first.cursor().orElseThrow()).page();
    assertThat(second.items().stream().map(Person::getGeneration).toList())
        .containsExactly(3, 4)
        .inOrder();
    Page<Person> limited = people.query("ada").limit(3).page();
    assertThat(limited.items()).hasSize(3);
    List<Person> rest = people.query("ada").startAfter(limited.cursor().orElseThrow()).list();
    assertThat(rest.stream().map(Person::getGeneration).toList()).containsExactly(4, 5).inOrder();
    assertThrows(
        InvalidCursorException.class,
        () -> people.query("bob").startAfter(first.cursor().orElseThrow()).list());
  }

  @Test
  void projectedQuery_keepsTheKeys_soALimitedPageStillResumes() {
    for (int generation = 1; generation <= 4; generation++) {
      people.put(person("ada", generation, "Ada " + generation));
    }
    Page<Person> first = people.query("ada").project(PersonSchema.NAME).limit(2).page();
    assertThat(first.items().get(1).getGeneration()).isEqualTo(2);
    assertThat(first.items().get(1).isActive()).isFalse();
    List<Person> rest =
        people
            .query("ada")
            .project(PersonSchema.NAME)
            .startAfter(first.cursor().orElseThrow())
            .list();
    assertThat(rest.stream().map(Person::getName).toList())
        .containsExactly("Ada 3", "Ada 4")
        .inOrder();
  }

  @Test
  void queryByIndex_findsItemsByTheIndexKey() {
    accounts.put(account("alice", "main", 1));
    accounts.put(account("alice", "savings", 2));
    accounts.put(account("bob", "main", 3));
    List<Account> found = accounts.queryByEmail("alice@x.io").list();
    assertThat(found).hasSize(2);
    assertThat(found.get(0).owner()).isEqualTo("alice");
  }

  @Test
  void scan_withFilterSegmentsAndCount() {
    IntStream.range(0, 20)
        .forEach(i -> people.put(person("p" + i, i, i % 2 == 0 ? "even" : "odd")));
    assertThat(people.scan().list()).hasSize(20);
    assertThat(people.scan().filter(PersonSchema.NAME.eq("even")).count()).isEqualTo(10);
    assertThat(people.scan().parallel(4).list()).hasSize(20);
    long segmented =
        IntStream.range(0, 3).mapToLong(s -> people.scan().segment(s, 3).count()).sum();
    assertThat(segmented).isEqualTo(20);
    assertThat(people.scan().pageSize(3).limit(7).list()).hasSize(7);
  }

  @Test
  void batches_putGetAndDeleteManyItems() {
    List<Person> many = IntStream.range(0, 60).mapToObj(i -> person("b" + i, 0, "n" + i)).toList();
    people.batchPut(many);
    List<Key<Person>> keys = IntStream.range(0, 60).mapToObj(i -> people.key("b" + i, 0)).toList();
    assertThat(people.batchGet(keys)).hasSize(60);
    people.batchDelete(keys.subList(0, 30));
    assertThat(people.scan().count()).isEqualTo(30);
  }

  @Test
  void transactions_acrossRepositories_allOrNothing() {
    accounts.put(account("alice", "main", 10));
    WriteTransaction.of(db)
        .add(people.putOperation(person("ada", 1, "Ada")))
        .add(accounts.update("alice", "main").add(AccountSchema.BALANCE, -5L))
        .execute();
    ReadTransaction.Result read =
        ReadTransaction.of(db)
            .add(people.getOperation("ada", 1))
            .add(accounts.getOperation("alice", "main"))
            .execute();
    assertThat(read.get(0, people).orElseThrow().getName()).isEqualTo("Ada");
    assertThat(read.get(1, accounts).orElseThrow().balance()).isEqualTo(5);

    assertThrows(
        TransactionCanceledException.class,
        () ->
            WriteTransaction.of(db)
                .add(people.putOperation(person("ada", 2, "Ada 2")))
                .add(
                    accounts.conditionCheck(
                        accounts.key("alice", "main"), AccountSchema.BALANCE.gt(100L)))
                .execute());
    assertThat(people.get("ada", 2)).isEmpty();
  }

  @Test
  void nestedDocumentPaths_workInConditions() {
    accounts.put(
        new Account(
            "carol",
            "main",
            "c@x.io",
            0,
            Set.of(),
            List.of(),
            new Address("S", "Oslo", 150, List.of()),
            null,
            null,
            null,
            null,
            null));
    assertThat(accounts.scan().filter(AccountSchema.ADDRESS.city().eq("Oslo")).count())
        .isEqualTo(1);
    assertThat(accounts.scan().filter(AccountSchema.HISTORY.size().eq(0)).count()).isEqualTo(1);
  }
}
