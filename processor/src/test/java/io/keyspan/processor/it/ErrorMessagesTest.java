package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import io.keyspan.schema.MappingException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Errors raised through repositories name the table, the item's key and the attribute. */
class ErrorMessagesTest {
  private static final BigDecimal DIGITS_39 =
      new BigDecimal("123456789012345678901234567890123456789");
  private final Keyspan db = Keyspan.inMemory();
  private final MusicRepository music = new MusicRepository(db);

  @AfterEach
  void close() {
    db.close();
  }

  private static Music song(BigDecimal price, String lyrics) {
    return new Music("Acme Band", "Happy Day", 1, price, lyrics);
  }

  @Test
  void storedValueTheJavaTypeCannotHold_namesTheItemsKeyAndTheAttribute() {
    music.createTable();
    db.engine()
        .putItem(
            PutItemRequest.builder(
                    "Music",
                    Map.of(
                        "Artist",
                        AttributeValue.s("Acme Band"),
                        "SongTitle",
                        AttributeValue.s("Happy Day"),
                        "Awards",
                        AttributeValue.n("1.5")))
                .build());
    String expected =
        "Music{Artist=Acme Band, SongTitle=Happy Day}: attribute Awards: the number 1.5 does not fit in an int";

    MappingException get =
        assertThrows(MappingException.class, () -> music.get("Acme Band", "Happy Day"));
    assertThat(get).hasMessageThat().isEqualTo(expected);
    assertThat(get).isInstanceOf(KeyspanException.class);
    MappingException query =
        assertThrows(MappingException.class, () -> music.query("Acme Band").list());
    assertThat(query).hasMessageThat().isEqualTo(expected);
  }

  @Test
  void numberOf39Digits_namesTheTableAndAttributeAfterDynamoDbsRule() {
    music.createTable();
    InvalidValueException put =
        assertThrows(InvalidValueException.class, () -> music.put(song(DIGITS_39, "")));
    assertThat(put)
        .hasMessageThat()
        .isEqualTo(
            "Music: attribute Price: Attempting to store more than 38 significant digits in a Number");
    assertThat(put).isInstanceOf(ValidationException.class);
    InvalidValueException update =
        assertThrows(
            InvalidValueException.class,
            () -> music.update("Acme Band", "Happy Day").set(MusicSchema.PRICE, DIGITS_39));
    assertThat(update)
        .hasMessageThat()
        .isEqualTo(
            "attribute Price: Attempting to store more than 38 significant digits in a Number");
  }

  @Test
  void itemOver400Kb_namesTheItemAndItsLargestAttributeAfterDynamoDbsMessage() {
    music.createTable();
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> music.put(song(BigDecimal.ONE, "la".repeat(205_000))));
    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "Item size has exceeded the maximum allowed size: "
                + "Music{Artist=Acme Band, SongTitle=Happy Day} has ");
    assertThat(e).hasMessageThat().endsWith("; its largest attribute is Lyrics with 410006 bytes");
    assertThat(e.getCause())
        .hasMessageThat()
        .isEqualTo("Item size has exceeded the maximum allowed size");
    assertThat(music.get("Acme Band", "Happy Day")).isEmpty();
  }

  @Test
  void tableNeverCreated_isNamedWithTheCallThatCreatesIt() {
    ResourceNotFoundException e =
        assertThrows(ResourceNotFoundException.class, () -> music.get("Acme Band", "Happy Day"));
    assertThat(e).hasMessageThat().startsWith("Table Music not found: ");
    assertThat(e)
        .hasMessageThat()
        .endsWith(
            "The table does not exist: create it with createTable() on its repository first.");

    // The engine (and so the wire) keeps DynamoDB's own text.
    ResourceNotFoundException raw =
        assertThrows(
            ResourceNotFoundException.class,
            () ->
                db.engine()
                    .getItem(
                        GetItemRequest.builder(
                                "Music",
                                Map.of(
                                    "Artist",
                                    AttributeValue.s("a"),
                                    "SongTitle",
                                    AttributeValue.s("b")))
                            .build()));
    assertThat(e.getCause()).hasMessageThat().isEqualTo(raw.getMessage());
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "Table Music not found: "
                + raw.getMessage()
                + ". The table does not exist: create it with createTable() on its repository first.");
  }
}
