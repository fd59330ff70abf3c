package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CursorsTest {
  private static final Map<String, AttributeValue> POSITION = Map.of(
      "Id", AttributeValue.s("naïve"), "Rank", AttributeValue.n("-1.5"), "Blob", AttributeValue.b(new byte[] {0, -1}));

  @Test
  void cursor_roundTripsThePositionOfItsQuery() {
    String cursor = Cursors.encode("Query Users", POSITION);
    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.decode("Query Users", cursor)).isEqualTo(POSITION);
  }

  @Test
  void cursorOfAnotherQuery_isRejected() {
    String cursor = Cursors.encode("Query Users ByEmail", POSITION);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cursors.decode("Query Users null", cursor));
    assertThat(e).hasMessageThat().startsWith("This cursor belongs to a different query");
  }

  @Test
  void malformedCursor_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cursors.decode("Q", "%%%"));
    assertThat(e).hasMessageThat().startsWith("Malformed cursor");
  }
}
