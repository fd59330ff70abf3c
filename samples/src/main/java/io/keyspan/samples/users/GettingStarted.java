package io.keyspan.samples.users;

import io.keyspan.Keyspan;
import io.keyspan.engine.Capacity;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.repository.CapacityMeter;
import io.keyspan.repository.NoSortKey;
import io.keyspan.repository.QueryOperation;
import io.keyspan.repository.ScanOperation;
import io.keyspan.repository.UpdateOperation;
import io.keyspan.samples.Narrator;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DynamoDB's getting-started walk-through, the Keyspan way: create {@code Users}, put Alice and
 * Bob, update Alice's age, query by {@code UserID}, scan for users older than 25, delete a user.
 * Every step prints the request it sent, the items it saw, and the capacity it consumed; a last
 * round on a thousand users shows why a query is cheap and a scan is not.
 */
public final class GettingStarted {
  /** Users added to show how a scan's cost grows with the table while a query's does not. */
  private static final int CROWD = 1_000;

  private final Narrator narrator;
  private final UserRepository users;

  public GettingStarted(Keyspan db, PrintStream out) {
    CapacityMeter meter = CapacityMeter.on(db);
    this.narrator = new Narrator(out, meter);
    this.users = new UserRepository(meter.keyspan());
  }

  public void run() {
    narrator.section("Getting started: the Users table");
    try {
      createTable();
      putAliceAndBob();
      updateAlicesAge();
      queryAndScan("");
      narrator.note(
          "on two small items both reads round up to the smallest charge; a bigger table shows the difference");
      queryAndScanACrowd();
      deleteBob();
    } finally {
      users.deleteTable();
    }
  }

  private void createTable() {
    narrator.step(
        "CreateTable Users: partition key UserID (string), provisioned 5 read / 5 write units");
    TableDescription table = users.createTable();
    narrator.note(
        "status "
            + table.tableStatus()
            + ", partition key "
            + table.partitionKey()
            + ", "
            + table.provisionedThroughput().readCapacityUnits()
            + " read / "
            + table.provisionedThroughput().writeCapacityUnits()
            + " write units");
  }

  private void putAliceAndBob() {
    for (User user : List.of(new User("123", "Alice", 25), new User("456", "Bob", 30))) {
      narrator.step("PutItem " + user.name());
      narrator.item(users.put(user));
      narrator.consumed();
    }
  }

  private void updateAlicesAge() {
    narrator.step("UpdateItem 123: Alice turns 26");
    UpdateOperation<User> update = users.update("123").set(UserSchema.AGE, 26);
    narrator.request(update.explain());
    narrator.item(update.execute());
    narrator.consumed();
  }

  /** Queries Alice by key and scans for users older than 25; returns the cost of each. */
  private Costs queryAndScan(String suffix) {
    QueryOperation<User, NoSortKey> query = users.query("123");
    narrator.step("Query by UserID 123" + suffix);
    narrator.request(query.explain());
    narrator.items(query.list());
    Capacity queried = narrator.consumed();

    ScanOperation<User> scan = users.scan().filter(UserSchema.AGE.gt(25));
    narrator.step("Scan for users older than 25" + suffix);
    narrator.request(scan.explain());
    List<User> found = scan.list();
    if (found.size() > 5) {
      narrator.note(found.size() + " items, the first five:");
      found.stream().limit(5).forEach(narrator::item);
    } else {
      narrator.items(found);
    }
    return new Costs(queried, narrator.consumed());
  }

  /** The read cost of the query and of the scan. */
  private record Costs(Capacity query, Capacity scan) {
    /** "7.0", or "n/a" when the engine reports no capacity. */
    String ratio() {
      return query.readCapacityUnits() == 0
          ? "n/a"
          : String.format(
              Locale.ROOT, "%.1f", scan.readCapacityUnits() / query.readCapacityUnits());
    }
  }

  private void queryAndScanACrowd() {
    narrator.step("BatchWriteItem: " + CROWD + " more users, 25 per request");
    List<User> crowd = new ArrayList<>();
    for (int i = 0; i < CROWD; i++) {
      crowd.add(new User(String.format("u%04d", i), "User " + i, 18 + i % 60));
    }
    users.batchPut(crowd);
    narrator.consumed();
    Costs costs = queryAndScan(" (table of " + (CROWD + 2) + " users)");
    narrator.note(
        String.format(
            Locale.ROOT,
            "the scan cost %sx the query: a query reads one item collection, "
                + "a scan reads every item of the table and filters afterwards",
            costs.ratio()));
  }

  private void deleteBob() {
    narrator.step("DeleteItem 456");
    narrator.item(users.delete("456").orElseThrow());
    narrator.consumed();
  }
}
