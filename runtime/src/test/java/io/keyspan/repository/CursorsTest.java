package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.exception.InvalidCursorException;
import io.keyspan.exception.KeyspanException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.value.AttributeValue;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CursorsTest {
  private static final Map<String, AttributeValue> POSITION = position();
  private static final String ALICE = ReadScope.query("Orders", null, customer("alice"), true);
  private static final String BOB = ReadScope.query("Orders", null, customer("bob"), true);

  private static Map<String, AttributeValue> position() {
    Map<String, AttributeValue> position = new LinkedHashMap<>();
    position.put("Id", AttributeValue.s("naïve"));
    position.put("Rank", AttributeValue.n("-1.5"));
    position.put("Blob", AttributeValue.b(new byte[] {0, -1}));
    return position;
  }

  private static KeyCondition customer(String name) {
    return KeyCondition.of(
        new KeyCondition.Compare(
            "Customer", ComparisonOperator.EQ, new Literal(AttributeValue.s(name))));
  }

  @Test
  void cursor_roundTripsThePositionOfItsQuery() {
    String cursor = Cursors.encode(ALICE, POSITION);
    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(Cursors.decode(ALICE, cursor)).isEqualTo(POSITION);
  }

  @Test
  void cursorOfAnotherQuery_namesThatQueryInExpressionText() {
    String cursor = Cursors.encode(BOB, POSITION);
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> Cursors.decode(ALICE, cursor));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "This cursor belongs to another read: Query of Orders where Customer = :v0"
                + " (:v0 = bob), ascending. A cursor resumes only the read that returned it; this read is: Query of Orders"
                + " where Customer = :v0 (:v0 = alice), ascending.");
    assertThat(e).isInstanceOf(KeyspanException.class);
  }

  @Test
  void textThatIsNotACursor_isMalformed() {
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> Cursors.decode(ALICE, "%%%"));
    assertThat(e).hasMessageThat().startsWith("Malformed cursor");
  }

  @Test
  void cursorCutShort_isMalformed() {
    String cursor = Cursors.encode(ALICE, POSITION);
    InvalidCursorException e =
        assertThrows(
            InvalidCursorException.class,
            () -> Cursors.decode(ALICE, cursor.substring(0, cursor.length() - 4)));
    assertThat(e).hasMessageThat().startsWith("Malformed cursor");
  }

  @Test
  void cursorWithAChangedQuery_isMalformedRatherThanAnotherQuerys() {
    byte[] bytes = Base64.getUrlDecoder().decode(Cursors.encode(ALICE, POSITION));
    bytes[12] ^=
        1; // after the 8-byte fingerprint and the 2-byte length: the scope text, "Query..." to
    // "Qudry..."
    String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    InvalidCursorException e =
        assertThrows(InvalidCursorException.class, () -> Cursors.decode(ALICE, changed));
    assertThat(e).hasMessageThat().startsWith("Malformed cursor");
  }
}
