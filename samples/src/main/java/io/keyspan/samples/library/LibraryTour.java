package io.keyspan.samples.library;

import io.keyspan.Keyspan;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.repository.CapacityMeter;
import io.keyspan.repository.CollectionPage;
import io.keyspan.samples.Narrator;
import io.keyspan.value.AttributeValue;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;

/**
 * Single-table design: a library's members, books and loans in one table, every access pattern a
 * GetItem or a Query on the table or on one of two overloaded indexes, printed with its request and
 * its cost. The access-pattern table in samples/README.md sums it up.
 */
public final class LibraryTour {
  private static final LocalDate TODAY = LocalDate.parse("2026-05-20");

  private final Narrator narrator;
  private final Keyspan db;
  private final LibraryItemTable library;
  private final MemberRepository members;
  private final BookRepository books;
  private final LoanRepository loans;

  public LibraryTour(Keyspan db, PrintStream out) {
    CapacityMeter meter = CapacityMeter.on(db);
    this.narrator = new Narrator(out, meter);
    this.db = meter.keyspan();
    this.library = new LibraryItemTable(this.db);
    this.members = new MemberRepository(this.db);
    this.books = new BookRepository(this.db);
    this.loans = new LoanRepository(this.db);
  }

  public void run() {
    narrator.section("Single-table design: a library's members, books and loans in one table");
    try {
      createTheTable();
      fill();
      findAMemberByEmail();
      readAMemberWithTheirLoans();
      readABookWithItsLoans();
      listAnAuthorsBooks();
      markALoanOverdue();
      readAnItemOfUnknownType();
    } finally {
      library.deleteTable();
    }
  }

  private void createTheTable() {
    narrator.step(
        "CreateTable Library (PK, SK; global indexes GSI1: GSI1PK, GSI1SK and GSI2: GSI2PK, GSI2SK),"
            + " on demand");
    library.createTable();
    narrator.note("one table for three item types: " + library.tableName());
  }

  private void fill() {
    narrator.step("PutItem: two members, three books, three loans (keys rendered from templates)");
    narrator.request(loans.putOperation(loan("ada", "978-0131103627", "2026-05-10")).explain());
    members.put(new Member("ada", "Ada", "ada@example.com"));
    members.put(new Member("alan", "Alan", "alan@example.com"));
    books.put(new Book("978-0131103627", "The C Programming Language", "Kernighan", 1978));
    books.put(new Book("978-0201038019", "The Art of Computer Programming", "Knuth", 1968));
    books.put(new Book("978-0201896831", "Fundamental Algorithms", "Knuth", 1997));
    loans.put(loan("ada", "978-0131103627", "2026-05-10"));
    loans.put(loan("ada", "978-0201896831", "2026-06-01"));
    loans.put(loan("alan", "978-0131103627", "2026-06-15"));
    narrator.consumed();
    narrator.note(
        "each put writes the table and every index whose key the item has: members and loans two"
            + " places, books three");
  }

  private void findAMemberByEmail() {
    narrator.step("Query GSI1: the member with e-mail ada@example.com");
    narrator.request(members.queryByGSI1("ada@example.com").explain());
    narrator.items(members.queryByGSI1("ada@example.com").list());
    narrator.consumed();
  }

  private void readAMemberWithTheirLoans() {
    narrator.step("Query: member ada with her loans, one request (collection member)");
    narrator.request(library.member("ada").explain());
    CollectionPage<LibraryItem> page = library.member("ada").list();
    narrator.items(page.items().stream().map(LibraryTour::describe).toList());
    narrator.consumed();

    narrator.step("Query: only ada's loans, due first (begins_with on the sort key)");
    narrator.request(loans.query("ada").explain());
    narrator.items(loans.query("ada").list());
    narrator.consumed();
  }

  private void readABookWithItsLoans() {
    narrator.step("Query GSI1: book 978-0131103627 with its loans (collection book)");
    narrator.request(library.book("978-0131103627").explain());
    narrator.items(
        library.book("978-0131103627").list().items().stream().map(LibraryTour::describe).toList());
    narrator.consumed();
  }

  private void listAnAuthorsBooks() {
    narrator.step("Query GSI2: Knuth's books, oldest first");
    narrator.request(books.queryByGSI2("Knuth").explain());
    narrator.items(books.queryByGSI2("Knuth").list());
    narrator.consumed();
  }

  private void markALoanOverdue() {
    narrator.step("Query GSI2: overdue loans (a sparse index: none yet)");
    narrator.items(loans.queryByGSI2().list());
    narrator.consumed();

    narrator.step("UpdateItem: ada's loan due 2026-05-10 is overdue since " + TODAY);
    var overdue =
        loans
            .update("ada", LocalDate.parse("2026-05-10"), "978-0131103627")
            .set(LoanSchema.OVERDUE_SINCE, TODAY);
    narrator.request(overdue.explain());
    overdue.execute();
    narrator.consumed();
    narrator.note(
        "the same UpdateExpression writes GSI2PK and GSI2SK: the index key is never stale");

    narrator.step("Query GSI2: overdue loans");
    narrator.request(loans.queryByGSI2().explain());
    narrator.items(loans.queryByGSI2().list());
    narrator.consumed();
  }

  private void readAnItemOfUnknownType() {
    narrator.step(
        "PutItem: another program files a FINE under member alan, a type Keyspan does not map");
    db.engine()
        .putItem(
            PutItemRequest.builder(
                    library.tableName(),
                    Map.of(
                        "PK", AttributeValue.s("MEMBER#alan"),
                        "SK", AttributeValue.s("FINE#2026-05-01"),
                        "_type", AttributeValue.s("FINE")))
                .build());
    narrator.consumed();

    narrator.step("Query: member alan's collection");
    CollectionPage<LibraryItem> page = library.member("alan").list();
    narrator.items(page.items().stream().map(LibraryTour::describe).toList());
    narrator.note(
        "unknown item types, kept apart, never a crash: "
            + page.unknownItems().stream().map(u -> u.itemType().orElse("?")).toList());
    narrator.consumed();
  }

  private static Loan loan(String memberId, String isbn, String dueOn) {
    return new Loan(memberId, isbn, LocalDate.parse(dueOn), null);
  }

  /** Each item by its member type: the sealed interface names every one. */
  private static String describe(LibraryItem item) {
    if (item instanceof Member member) {
      return "member " + member.name();
    } else if (item instanceof Book book) {
      return "book " + book.title();
    }
    Loan loan = (Loan) item;
    return "loan of " + loan.isbn() + " to " + loan.memberId() + ", due " + loan.dueOn();
  }
}
