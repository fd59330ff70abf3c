package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.Select;
import io.keyspan.exception.InvalidCursorException;
import io.keyspan.repository.Page;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Page size, maximum item count and cursors of generated queries and scans. */
class PagingTest {
  private final List<Object> requests = new ArrayList<>();
  private final Deque<PageResponse> pages = new ArrayDeque<>();
  private final Engine engine =
      (Engine)
          Proxy.newProxyInstance(
              Engine.class.getClassLoader(),
              new Class<?>[] {Engine.class},
              (proxy, method, arguments) -> {
                synchronized (this) { // parallel scans call from several threads
                  requests.add(arguments[0]);
                  return pages.removeFirst();
                }
              });
  private final AccountRepository accounts = new AccountRepository(Keyspan.using(engine));

  private static Map<String, AttributeValue> item(String name) {
    return Map.of(
        "Owner",
        AttributeValue.s("alice"),
        "Name",
        AttributeValue.s(name),
        "Email",
        AttributeValue.s(name + "@x"));
  }

  private static Map<String, AttributeValue> key(String name) {
    return Map.of("Owner", AttributeValue.s("alice"), "Name", AttributeValue.s(name));
  }

  @Test
  void list_readsEveryPage_withThePageSizeAsLimit() {
    pages.add(new PageResponse(List.of(item("a"), item("b")), 2, 2, key("b"), null));
    pages.add(new PageResponse(List.of(item("c")), 1, 1, null, null));
    List<Account> all = accounts.query("alice").pageSize(2).list();
    assertThat(all.stream().map(Account::name).toList()).containsExactly("a", "b", "c").inOrder();
    assertThat(((QueryRequest) requests.get(0)).limit()).isEqualTo(2);
    assertThat(((QueryRequest) requests.get(1)).exclusiveStartKey()).isEqualTo(key("b"));
  }

  @Test
  void limitCuttingAPage_givesACursorAfterTheLastItemReturned() {
    pages.add(new PageResponse(List.of(item("a"), item("b"), item("c")), 3, 3, null, null));
    Page<Account> page = accounts.query("alice").limit(2).page();
    assertThat(page.items().stream().map(Account::name).toList())
        .containsExactly("a", "b")
        .inOrder();
    assertThat(page.hasMore()).isTrue();

    pages.add(new PageResponse(List.of(item("c")), 1, 1, null, null));
    Page<Account> next =
        accounts.query("alice").limit(2).startAfter(page.cursor().orElseThrow()).page();
    assertThat(((QueryRequest) requests.get(1)).exclusiveStartKey()).isEqualTo(key("b"));
    assertThat(next.items().stream().map(Account::name).toList()).containsExactly("c");
    assertThat(next.hasMore()).isFalse();
  }

  @Test
  void cursorOfAnotherQueryOrIndex_isRejectedBeforeAnyRequest() {
    pages.add(new PageResponse(List.of(item("a")), 1, 1, key("a"), null));
    String cursor = accounts.query("alice").page().cursor().orElseThrow();
    InvalidCursorException otherIndex =
        assertThrows(
            InvalidCursorException.class,
            () -> accounts.queryByEmail("a@x").startAfter(cursor).list());
    assertThat(otherIndex)
        .hasMessageThat()
        .isEqualTo(
            "This cursor belongs to another read: Query of Accounts"
                + " where Owner = :v0 (:v0 = alice), ascending. A cursor resumes only the read that returned it; this read"
                + " is: Query of Accounts index ByEmail where Email = :v0 (:v0 = a@x), ascending.");
    assertThat(otherIndex).hasMessageThat().doesNotContain("Compare[");
    assertThrows(
        InvalidCursorException.class, () -> accounts.query("bob").startAfter(cursor).list());
    InvalidCursorException scan =
        assertThrows(InvalidCursorException.class, () -> accounts.scan().startAfter(cursor).list());
    assertThat(scan).hasMessageThat().endsWith("this read is: Scan of Accounts.");
    assertThat(requests).hasSize(1);
  }

  @Test
  void count_usesSelectCount_overAllPages() {
    pages.add(new PageResponse(List.of(), 5, 9, key("e"), null));
    pages.add(new PageResponse(List.of(), 2, 2, null, null));
    assertThat(accounts.scan().filter(AccountSchema.BALANCE.gt(0L)).count()).isEqualTo(7);
    assertThat(((ScanRequest) requests.get(0)).select()).isEqualTo(Select.COUNT);
  }

  @Test
  void parallelScan_readsEverySegment() {
    for (int i = 0; i < 3; i++) {
      pages.add(new PageResponse(List.of(item("s")), 1, 1, null, null));
    }
    assertThat(accounts.scan().parallel(3).list()).hasSize(3);
    assertThat(requests.stream().map(r -> ((ScanRequest) r).segment()).toList())
        .containsExactly(0, 1, 2); // any order
    assertThat(requests.stream().map(r -> ((ScanRequest) r).totalSegments()).distinct().toList())
        .containsExactly(3);
  }
}
