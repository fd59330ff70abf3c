package io.keyspan.samples.shop;

import io.keyspan.Keyspan;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.OptimisticLockingException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.repository.CapacityMeter;
import io.keyspan.repository.Page;
import io.keyspan.samples.Narrator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A shop with customers and orders: composite keys, a global and a local index, conditional writes,
 * optimistic locking, a transaction, paging with a cursor and a declared repository, all through an
 * {@link OrderDesk} that Dagger builds with the repositories injected.
 */
public final class ShopTour {
  private static final Instant OPENING = Instant.parse("2026-05-01T09:00:00Z");

  private final Narrator narrator;
  private final ShopComponent shop;
  private final OrderDesk desk;

  public ShopTour(Keyspan db, PrintStream out) {
    CapacityMeter meter = CapacityMeter.on(db);
    this.narrator = new Narrator(out, meter);
    this.shop = ShopComponent.create(meter.keyspan());
    this.desk = shop.orderDesk();
  }

  public void run() {
    narrator.section("A shop: customers and orders");
    try {
      createTables();
      registerCustomers();
      placeOrders();
      shipAnOrder();
      editConcurrently();
      pageThroughOrders();
      readTheIndexes();
      useDeclaredQueries();
    } finally {
      shop.orders().deleteTable();
      shop.customers().deleteTable();
    }
  }

  private void createTables() {
    narrator.step(
        "CreateTable Customers (CustomerID; global index ByEmail) and Orders (CustomerID, OrderID; "
            + "global index ByStatus: Status, PlacedAt; local index ByTotal: CustomerID, Total), on demand");
    shop.customers().createTable();
    shop.orders().createTable();
    narrator.note(
        "tables ready: " + shop.customers().tableName() + ", " + shop.orders().tableName());
  }

  private void registerCustomers() {
    narrator.step(
        "PutItem: register Alice and Bob (a new versioned item requires that its key is free)");
    narrator.request(
        shop.customers()
            .putOperation(Customer.newCustomer("alice", "Alice", "alice@example.com"))
            .explain());
    narrator.item(desk.register(Customer.newCustomer("alice", "Alice", "alice@example.com")));
    narrator.item(desk.register(Customer.newCustomer("bob", "Bob", "bob@example.com")));
    narrator.consumed();
    narrator.note("each put writes the table and the global index ByEmail: two write units");

    narrator.step("PutItem: register alice again");
    try {
      desk.register(Customer.newCustomer("alice", "Impostor", "eve@example.com"));
      throw new IllegalStateException("a second registration of alice was accepted");
    } catch (OptimisticLockingException e) {
      narrator.note("rejected: " + e.getMessage());
    }
    narrator.consumed();
  }

  private void placeOrders() {
    narrator.step(
        "TransactWriteItems: place orders; each puts the order and counts it on the customer, all or nothing");
    String[][] orders = {
      {"alice", "A-0001", "25.00", "book"},
      {"alice", "A-0002", "310.50", "bike"},
      {"alice", "A-0003", "12.99", "tea"},
      {"bob", "B-0001", "99.00", "lamp"},
      {"alice", "A-0004", "75.25", "shoes"},
      {"alice", "A-0005", "5.00", "pen"},
    };
    for (int i = 0; i < orders.length; i++) {
      String[] o = orders[i];
      narrator.item(
          desk.place(
              o[0], o[1], new BigDecimal(o[2]), List.of(o[3]), OPENING.plusSeconds(3600L * i)));
    }
    narrator.consumed();
    narrator.note(
        "a transactional write costs two write units per item per 1 KB: one to prepare, one to commit");

    narrator.step("TransactWriteItems: place A-0002 again");
    try {
      desk.place("alice", "A-0002", new BigDecimal("1.00"), List.of("gum"), OPENING);
      throw new IllegalStateException("a duplicate order was accepted");
    } catch (TransactionCanceledException e) {
      List<String> codes = e.reasons().stream().map(CancellationReason::code).toList();
      narrator.note("cancelled, reasons per action: " + codes);
    }
    narrator.item(desk.customer("alice").orElseThrow());
    narrator.note(
        "Alice's order count is unchanged: the customer update was cancelled with the failed put");
    narrator.consumed();
  }

  private void shipAnOrder() {
    narrator.step("UpdateItem: ship alice/A-0001 only if it is PLACED");
    narrator.request(
        shop.orders()
            .update("alice", "A-0001")
            .set(OrderSchema.STATUS, OrderStatus.SHIPPED)
            .when(OrderSchema.STATUS.eq(OrderStatus.PLACED))
            .explain());
    narrator.item(desk.ship("alice", "A-0001"));
    narrator.consumed();
    narrator.note(
        "the table, the local index ByTotal, and in ByStatus a delete and a put, since the order's index key changed");

    narrator.step("UpdateItem: ship alice/A-0001 again");
    try {
      desk.ship("alice", "A-0001");
      throw new IllegalStateException("an order was shipped twice");
    } catch (ConditionalCheckFailedException e) {
      narrator.note("rejected: " + e.getMessage() + "; the order stays " + OrderStatus.SHIPPED);
    }
    narrator.consumed();
  }

  private void editConcurrently() {
    narrator.step("Optimistic locking: two clerks read Alice, both change her, both save");
    Customer first = desk.customer("alice").orElseThrow();
    Customer second = desk.customer("alice").orElseThrow();
    narrator.note("both read version " + first.version());
    narrator.item(desk.save(first.withEmail("alice@example.org")));
    try {
      desk.save(second.withName("Alicia"));
      throw new IllegalStateException("a stale copy overwrote a newer one");
    } catch (OptimisticLockingException e) {
      narrator.note("second clerk rejected: " + e.getMessage());
    }
    narrator.consumed();
  }

  private void pageThroughOrders() {
    narrator.step("Query alice's orders, two per page, resuming from each page's cursor");
    String cursor = null;
    int number = 1;
    do {
      Page<Order> page = desk.orderHistory("alice", 2, cursor);
      narrator.note(
          "page "
              + number++
              + ": "
              + page.items().stream().map(Order::orderId).toList()
              + (page.hasMore() ? ", cursor " + page.cursor().orElseThrow() : ", last page"));
      cursor = page.cursor().orElse(null);
    } while (cursor != null);
    narrator.consumed();
  }

  private void readTheIndexes() {
    narrator.step("Query the global index ByStatus: orders waiting to ship, oldest first");
    narrator.request(shop.orders().queryByStatus(OrderStatus.PLACED).explain());
    narrator.items(desk.toShip());
    narrator.consumed();

    narrator.step("Query the local index ByTotal: Alice's three biggest orders");
    narrator.items(desk.biggestOrders("alice", 3));
    narrator.consumed();

    narrator.step("Query the global index ByEmail: who is alice@example.org?");
    narrator.item(desk.customerByEmail("alice@example.org").orElseThrow());
    narrator.consumed();
  }

  private void useDeclaredQueries() {
    narrator.step(
        "Declared repository OrderQueries: expression text and derived names, checked at compile time");
    narrator.note(
        "@Query(key = \"CustomerID = :customerId AND begins_with(OrderID, :prefix)\", filter = \"Total >= :minimum\", "
            + "descending = true)");
    narrator.items(desk.ordersWorthAtLeast("alice", "A-", new BigDecimal("20")));
    narrator.note(
        "@Query(index = \"ByStatus\", key = \"Status = :status AND PlacedAt < :before\"): placed before 12:00 and not shipped");
    narrator.items(desk.waitingSince(OPENING.plusSeconds(3 * 3600)));
    narrator.note("findByStatus(SHIPPED), derived: a Query of the index ByStatus");
    narrator.items(desk.inStatus(OrderStatus.SHIPPED));
    narrator.note(
        "countByCustomerId(\"alice\"), derived: a Query that counts (Select COUNT) = "
            + desk.orderCount("alice"));
    narrator.consumed();
  }
}
