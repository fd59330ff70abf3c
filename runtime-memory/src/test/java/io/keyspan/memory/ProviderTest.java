package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import org.junit.jupiter.api.Test;

class ProviderTest {

  @Test
  void inMemory_findsTheMemoryProviderThroughServiceLoader() {
    try (Keyspan db = Keyspan.inMemory()) {
      assertThat(db.engine()).isInstanceOf(MemoryEngine.class);
    }
  }

  @Test
  void eachMemoryUri_opensAFreshEngine() {
    try (Keyspan first = Keyspan.inMemory();
        Keyspan second = Keyspan.inMemory()) {
      assertThat(first.engine()).isNotSameInstanceAs(second.engine());
    }
  }

  @Test
  void unknownScheme_listsMemoryAmongTheAvailableSchemes() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Keyspan.connect("nosuch:"));
    assertThat(error).hasMessageThat().contains("memory:");
  }

  @Test
  void memoryUriWithSettings_isRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Keyspan.connect("memory:somewhere"));
    assertThat(error).hasMessageThat().contains("takes no settings");
  }
}
