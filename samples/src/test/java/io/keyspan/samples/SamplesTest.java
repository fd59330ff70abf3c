package io.keyspan.samples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.test.KeyspanTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The main job: the walk-throughs run on the in-memory engine and say what the README promises.
 * They run once, on the engine {@code @KeyspanTest} gives the class; each test reads a step.
 */
@KeyspanTest(scope = KeyspanTest.Scope.CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplesTest {
  private String output;

  @BeforeAll
  void runTheSamples(Keyspan db) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Samples.run(db, out);
    }
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  /** The text between a step's title and the next blank line. */
  private String step(String title) {
    int start = output.indexOf("\n" + title + "\n");
    assertThat(start).isAtLeast(0);
    int end = output.indexOf("\n\n", start + 1);
    return output.substring(start + 1, end < 0 ? output.length() : end);
  }

  // Developer Guide: Getting started with DynamoDB (create table, write, read, update, query,
  // delete)
  @Test
  void gettingStarted_createsUsersWithProvisionedCapacity() {
    assertThat(
            step(
                "CreateTable Users: partition key UserID (string), provisioned 5 read / 5 write units"))
        .contains("status ACTIVE, partition key UserID, 5 read / 5 write units");
  }

  @Test
  void gettingStarted_putsAliceAndBob_oneWriteUnitEach() {
    assertThat(step("PutItem Alice"))
        .isEqualTo(
            "PutItem Alice\n  item: User[userId=123, name=Alice, age=25]\n  consumed: 1 write unit");
    assertThat(step("PutItem Bob")).contains("User[userId=456, name=Bob, age=30]");
  }

  @Test
  void gettingStarted_updatesAliceWithAnUpdateExpression() {
    String update = step("UpdateItem 123: Alice turns 26");
    assertThat(update).contains("UpdateExpression: SET #n0 = :v0");
    assertThat(update).contains("ExpressionAttributeNames: {#n0=Age}");
    assertThat(update).contains("item: User[userId=123, name=Alice, age=26]");
  }

  @Test
  void gettingStarted_queryFindsAlice_scanFindsBothUsersOlderThan25() {
    assertThat(step("Query by UserID 123"))
        .contains(
            "1 item\n  item: User[userId=123, name=Alice, age=26]\n  consumed: 0.5 read units");
    String scan = step("Scan for users older than 25");
    assertThat(scan).contains("FilterExpression: #n0 > :v0");
    assertThat(scan).contains("2 items");
    assertThat(scan).contains("User[userId=456, name=Bob, age=30]");
  }

  // Developer Guide: read consumption of Query and Scan (item sizes summed, rounded up to 4 KB,
  // halved when eventually consistent)
  @Test
  void gettingStarted_onAThousandUsers_theScanCostsSevenTimesTheQuery() {
    assertThat(step("Query by UserID 123 (table of 1002 users)"))
        .contains("consumed: 0.5 read units");
    assertThat(step("Scan for users older than 25 (table of 1002 users)"))
        .contains("consumed: 3.5 read units");
    assertThat(output).contains("the scan cost 7.0x the query");
  }

  @Test
  void gettingStarted_deletesBob() {
    assertThat(step("DeleteItem 456"))
        .isEqualTo(
            "DeleteItem 456\n  item: User[userId=456, name=Bob, age=30]\n  consumed: 1 write unit");
  }

  @Test
  void shop_refusesASecondRegistrationOfOneId() {
    assertThat(step("PutItem: register alice again"))
        .contains("rejected: Optimistic locking failed");
  }

  @Test
  void shop_cancelsADuplicateOrderTransaction_andKeepsTheCount() {
    String duplicate = step("TransactWriteItems: place A-0002 again");
    assertThat(duplicate).contains("cancelled, reasons per action: [ConditionalCheckFailed, None]");
    assertThat(duplicate).contains("orderCount=5");
  }

  @Test
  void shop_shipsAnOrderOnce() {
    assertThat(step("UpdateItem: ship alice/A-0001 only if it is PLACED"))
        .contains("item: alice/A-0001 SHIPPED");
    assertThat(step("UpdateItem: ship alice/A-0001 again"))
        .contains("rejected: The conditional request failed");
  }

  @Test
  void shop_rejectsTheStaleOfTwoConcurrentEdits() {
    String edits = step("Optimistic locking: two clerks read Alice, both change her, both save");
    assertThat(edits).contains("email=alice@example.org");
    assertThat(edits).contains("second clerk rejected: Optimistic locking failed");
  }

  @Test
  void shop_pagesThroughOrdersWithACursor() {
    String pages = step("Query alice's orders, two per page, resuming from each page's cursor");
    assertThat(pages).contains("page 1: [A-0001, A-0002], cursor ");
    assertThat(pages).contains("page 2: [A-0003, A-0004], cursor ");
    assertThat(pages).contains("page 3: [A-0005], last page");
  }

  @Test
  void shop_readsTheGlobalAndLocalIndexes() {
    assertThat(step("Query the global index ByStatus: orders waiting to ship, oldest first"))
        .contains("5 items");
    assertThat(step("Query the local index ByTotal: Alice's three biggest orders"))
        .contains(
            "item: alice/A-0002 PLACED 310.5 [bike]\n  item: alice/A-0004 PLACED 75.25 [shoes]\n  item: alice/A-0001 SHIPPED 25 [book]");
    assertThat(step("Query the global index ByEmail: who is alice@example.org?"))
        .contains("customerId=alice");
  }

  @Test
  void shop_runsTheDeclaredRepositoryInjectedByDagger() {
    String declared =
        step(
            "Declared repository OrderQueries: expression text and derived names, checked at compile time");
    assertThat(declared)
        .contains(
            "3 items\n  item: alice/A-0004 PLACED 75.25 [shoes]\n  item: alice/A-0002 PLACED 310.5 [bike]\n  item: alice/A-0001 SHIPPED 25 [book]");
    assertThat(declared)
        .contains(
            "2 items\n  item: alice/A-0002 PLACED 310.5 [bike]\n  item: alice/A-0003 PLACED 12.99 [tea]");
    assertThat(declared).contains("1 item\n  item: alice/A-0001 SHIPPED 25 [book]");
    assertThat(declared).contains("(Select COUNT) = 5");
  }

  // Single-table design: one Query reads a member with their loans, as the sealed type
  @Test
  void library_readsAMemberWithTheirLoans_inOneQuery() {
    assertThat(step("Query: member ada with her loans, one request (collection member)"))
        .endsWith(
            "3 items\n  item: loan of 978-0131103627 to ada, due 2026-05-10\n"
                + "  item: loan of 978-0201896831 to ada, due 2026-06-01\n"
                + "  item: member Ada\n  consumed: 0.5 read units");
    assertThat(step("Query GSI1: book 978-0131103627 with its loans (collection book)"))
        .contains(
            "item: book The C Programming Language\n"
                + "  item: loan of 978-0131103627 to ada, due 2026-05-10\n"
                + "  item: loan of 978-0131103627 to alan, due 2026-06-15");
  }

  @Test
  void library_updateMovesTheLoanIntoTheSparseIndex() {
    assertThat(step("Query GSI2: overdue loans (a sparse index: none yet)")).contains("0 items");
    assertThat(step("UpdateItem: ada's loan due 2026-05-10 is overdue since 2026-05-20"))
        .contains("{#n0=overdueSince, #n1=GSI2PK, #n2=GSI2SK, #n3=_type}");
    assertThat(step("Query GSI2: overdue loans"))
        .contains(
            "1 item\n  item: Loan[memberId=ada, isbn=978-0131103627, dueOn=2026-05-10,"
                + " overdueSince=2026-05-20]");
  }

  @Test
  void library_keepsItemsOfUnknownTypeApart() {
    assertThat(step("Query: member alan's collection"))
        .contains(
            "2 items\n  item: loan of 978-0131103627 to alan, due 2026-06-15\n"
                + "  item: member Alan\n  unknown item types, kept apart, never a crash: [FINE]");
  }

  @Test
  void engineOption_choosesTheEngine() {
    assertThat(Samples.engineUri(List.of())).isEqualTo("memory:");
    assertThat(Samples.engineUri(List.of("--engine", "dynamodb:http://127.0.0.1:8000")))
        .isEqualTo("dynamodb:http://127.0.0.1:8000");
    assertThat(Samples.engineUri(List.of("--engine=memory:"))).isEqualTo("memory:");
  }

  @Test
  void unknownArguments_areRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Samples.engineUri(List.of("--verbose")));
    assertThat(e).hasMessageThat().isEqualTo("unexpected arguments: --verbose");
  }
}
