package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The store's order (hash, then sort key) and its single-item partitions growing and shrinking. */
class OrderedStoreTest {
  private final OrderedStore store = new OrderedStore();

  private static StoredItem item(String p, int s) {
    return StoredItem.of(Fixtures.item("p", p, "s", s));
  }

  private void put(String p, int s) {
    store.put(
        HashedPartitionKey.of(AttributeValue.s(p)), EntryKey.of(AttributeValue.n(s)), item(p, s));
  }

  @Test
  void partitionGrowsFromOneItem_andShrinksBack() {
    HashedPartitionKey a = HashedPartitionKey.of(AttributeValue.s("a"));
    put("a", 2);
    put("a", 1);
    put("a", 3);
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.partition(a).values())
        .containsExactly(item("a", 1), item("a", 2), item("a", 3))
        .inOrder();
    store.remove(a, EntryKey.of(AttributeValue.n(1)));
    store.remove(a, EntryKey.of(AttributeValue.n(3)));
    assertThat(store.get(a, EntryKey.of(AttributeValue.n(2)))).isEqualTo(item("a", 2));
    assertThat(store.get(a, EntryKey.of(AttributeValue.n(1)))).isNull();
    store.remove(a, EntryKey.of(AttributeValue.n(2)));
    assertThat(store.size()).isEqualTo(0);
    assertThat(store.partition(a)).isEmpty();
  }

  @Test
  void put_returnsTheReplacedItem_orNullWhenTheKeyIsNew() {
    HashedPartitionKey a = HashedPartitionKey.of(AttributeValue.s("a"));
    assertThat(store.put(a, EntryKey.of(AttributeValue.n(1)), item("a", 1))).isNull();
    assertThat(store.put(a, EntryKey.of(AttributeValue.n(2)), item("a", 2))).isNull();
    assertThat(store.put(a, EntryKey.of(AttributeValue.n(3)), item("a", 3))).isNull();
    StoredItem newer = StoredItem.of(Fixtures.item("p", "a", "s", 3, "v", 1));
    assertThat(store.put(a, EntryKey.of(AttributeValue.n(3)), newer)).isEqualTo(item("a", 3));
    assertThat(store.size()).isEqualTo(3);
  }

  @Test
  void remove_returnsTheRemovedItem_orNullWhenThereIsNone() {
    HashedPartitionKey a = HashedPartitionKey.of(AttributeValue.s("a"));
    HashedPartitionKey b = HashedPartitionKey.of(AttributeValue.s("b"));
    assertThat(store.remove(a, EntryKey.of(AttributeValue.n(1)))).isNull();
    put("a", 1);
    assertThat(store.remove(a, EntryKey.of(AttributeValue.n(2)))).isNull();
    put("a", 2);
    put("a", 3);
    put("b", 1);
    assertThat(store.remove(a, EntryKey.of(AttributeValue.n(4)))).isNull();
    assertThat(store.remove(a, EntryKey.of(AttributeValue.n(2)))).isEqualTo(item("a", 2));
    assertThat(store.remove(b, EntryKey.of(AttributeValue.n(1)))).isEqualTo(item("b", 1));
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void bytes_sumTheStoredSizes_throughPutsReplacementsAndRemovals() {
    HashedPartitionKey a = HashedPartitionKey.of(AttributeValue.s("a"));
    put("a", 1);
    put("a", 2);
    put("b", 1);
    long three = item("a", 1).size() + item("a", 2).size() + item("b", 1).size();
    assertThat(store.bytes()).isEqualTo(three);

    StoredItem larger = StoredItem.of(Fixtures.item("p", "a", "s", 2, "v", "a longer value"));
    store.put(a, EntryKey.of(AttributeValue.n(2)), larger);
    assertThat(store.bytes()).isEqualTo(three - item("a", 2).size() + larger.size());

    store.remove(a, EntryKey.of(AttributeValue.n(2)));
    store.remove(a, EntryKey.of(AttributeValue.n(9)));
    assertThat(store.bytes()).isEqualTo(item("a", 1).size() + item("b", 1).size());
    store.remove(a, EntryKey.of(AttributeValue.n(1)));
    store.remove(HashedPartitionKey.of(AttributeValue.s("b")), EntryKey.of(AttributeValue.n(1)));
    assertThat(store.bytes()).isEqualTo(0);
  }

  @Test
  void replacingAnItem_keepsTheCount() {
    put("a", 1);
    StoredItem replaced =
        store.put(
            HashedPartitionKey.of(AttributeValue.s("a")),
            EntryKey.of(AttributeValue.n(1)),
            StoredItem.of(Fixtures.item("p", "a", "s", 1, "v", 2)));
    assertThat(replaced).isEqualTo(item("a", 1));
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void scan_visitsPartitionsByUnsignedHash_thenSortKey_andResumesAfterAPosition() {
    for (int i = 0; i < 20; i++) {
      put("k" + (i % 5), i);
    }
    List<OrderedStore.Entry> all = new ArrayList<>();
    store.scan(0, null, null).forEachRemaining(all::add);
    assertThat(all).hasSize(20);
    for (int i = 1; i < all.size(); i++) {
      OrderedStore.Entry before = all.get(i - 1);
      OrderedStore.Entry after = all.get(i);
      int byPartition = before.partition().compareTo(after.partition());
      assertThat(byPartition <= 0).isTrue();
      if (byPartition == 0) {
        assertThat(before.key().compareTo(after.key())).isLessThan(0);
      } else {
        assertThat(before.partition().unsignedHash()).isAtMost(after.partition().unsignedHash());
      }
    }
    OrderedStore.Entry middle = all.get(7);
    Iterator<OrderedStore.Entry> rest = store.scan(0, middle.partition(), middle.key());
    List<OrderedStore.Entry> resumed = new ArrayList<>();
    rest.forEachRemaining(resumed::add);
    assertThat(resumed).containsExactlyElementsIn(all.subList(8, 20)).inOrder();
  }

  @Test
  void items_visitWhatScanVisits_upToTheEndHash_andResumeAfterAPosition() {
    for (int i = 0; i < 20; i++) {
      put("k" + (i % 7), i); // partitions of two and three items, and grown from one
    }
    put("single", 1);
    List<OrderedStore.Entry> all = new ArrayList<>();
    store.scan(0, null, null).forEachRemaining(all::add);
    List<StoredItem> stored = all.stream().map(OrderedStore.Entry::stored).toList();
    assertThat(items(store.items(0, 1L << 32, null, null)))
        .containsExactlyElementsIn(stored)
        .inOrder();

    OrderedStore.Entry middle = all.get(9);
    assertThat(items(store.items(0, 1L << 32, middle.partition(), middle.key())))
        .containsExactlyElementsIn(stored.subList(10, stored.size()))
        .inOrder();

    // Only the partitions whose hash lies in [from, to): the end is exclusive.
    long from = all.get(3).partition().unsignedHash();
    long to = all.get(all.size() - 1).partition().unsignedHash();
    List<StoredItem> inRange =
        all.stream()
            .filter(e -> e.partition().unsignedHash() >= from && e.partition().unsignedHash() < to)
            .map(OrderedStore.Entry::stored)
            .toList();
    assertThat(items(store.items(from, to, null, null)))
        .containsExactlyElementsIn(inRange)
        .inOrder();
    assertThat(items(store.items(1L << 32, 1L << 32, null, null))).isEmpty();
    Iterator<StoredItem> none = store.items(0, 0, null, null);
    assertThat(none.hasNext()).isFalse();
    assertThrows(NoSuchElementException.class, none::next);
  }

  private static List<StoredItem> items(Iterator<StoredItem> iterator) {
    List<StoredItem> items = new ArrayList<>();
    iterator.forEachRemaining(items::add);
    return items;
  }

  @Test
  void hashIsPinned_andEqualForEqualNumbers() {
    // Scan order must be the same in every run and JVM, so the hash is part of the contract:
    // changing it reorders every scan. N values are normalised, so 1.0 hashes as 1.
    assertThat(HashedPartitionKey.hash(AttributeValue.s("user#1"))).isEqualTo(-874947330);
    assertThat(HashedPartitionKey.hash(AttributeValue.n(1))).isEqualTo(-1042011408);
    assertThat(HashedPartitionKey.hash(AttributeValue.n("1.0"))).isEqualTo(-1042011408);
    assertThat(HashedPartitionKey.hash(AttributeValue.s("1"))).isNotEqualTo(-1042011408);
    // Strings hash their UTF-8 bytes, ASCII or not, alone or as a part of a multi-attribute key.
    assertThat(HashedPartitionKey.hash(AttributeValue.s("café ☕"))).isEqualTo(-539434811);
    assertThat(
            HashedPartitionKey.hash(
                AttributeValue.l(List.of(AttributeValue.s("ab"), AttributeValue.s("cé")))))
        .isEqualTo(-310164361);
    assertThat(
            HashedPartitionKey.hash(
                AttributeValue.l(List.of(AttributeValue.s("a"), AttributeValue.s("bcé")))))
        .isNotEqualTo(-310164361);
  }
}
