package io.keyspan.engine;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumedCapacityTest {

  @Test
  void indexShares_areListedByIndexNameInSortedOrder() {
    List<String> names =
        List.of(
            "ByTotal",
            "ByEmail",
            "ByStatus",
            "Zeta",
            "Alpha",
            "ByCity",
            "ByAge",
            "ByName",
            "ByZip",
            "Beta",
            "ByDate",
            "ByOwner");
    Map<String, Capacity> shares = new HashMap<>();
    names.forEach(name -> shares.put(name, Capacity.read(1)));

    ConsumedCapacity capacity =
        new ConsumedCapacity("T", 12, 12, 0, Capacity.read(0), shares, shares);

    List<String> sorted = names.stream().sorted().toList();
    assertThat(capacity.globalSecondaryIndexes().keySet())
        .containsExactlyElementsIn(sorted)
        .inOrder();
    assertThat(capacity.localSecondaryIndexes().keySet())
        .containsExactlyElementsIn(sorted)
        .inOrder();
  }

  @Test
  void indexShares_areAnUnchangeableCopy() {
    Map<String, Capacity> shares = new HashMap<>(Map.of("ByEmail", Capacity.read(1)));
    ConsumedCapacity capacity = new ConsumedCapacity("T", 1, 1, 0, null, shares, null);
    shares.clear();

    assertThat(capacity.globalSecondaryIndexes()).containsExactly("ByEmail", Capacity.read(1));
    assertThat(capacity.localSecondaryIndexes()).isEmpty();
    assertThrows(
        UnsupportedOperationException.class, () -> capacity.globalSecondaryIndexes().clear());
  }
}
