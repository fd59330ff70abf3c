package io.keyspan.dynamodb.codec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.dynamodb.AttributeValues;
import io.keyspan.dynamodb.SdkValueCodec;
import io.keyspan.schema.MappingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A generated schema with the SDK's codec writes exactly the SDK item that Keyspan's item converts
 * to ({@link AttributeValues#toSdk}), and reads back what the Keyspan path reads.
 */
class SdkValueCodecTest {
  private static final BookSchema SCHEMA = BookSchema.instance();
  private static final SdkValueCodec SDK = SdkValueCodec.instance();

  @Test
  void toItem_writesTheSdkItemThatKeyspansItemConvertsTo() {
    for (Book book : List.of(Books.full(), Books.sparse())) {
      assertThat(SCHEMA.toItem(book, SDK)).isEqualTo(AttributeValues.toSdk(SCHEMA.toItem(book)));
    }
  }

  @Test
  void fromItem_readsWhatTheKeyspanPathReads() {
    for (Book book : List.of(Books.full(), Books.sparse())) {
      Map<String, AttributeValue> stored = AttributeValues.toSdk(SCHEMA.toItem(book));

      Book viaCodec = SCHEMA.fromItem(stored, SDK);

      // Book holds a byte[], which records compare by identity: compare the items they write.
      assertThat(SCHEMA.toItem(viaCodec))
          .isEqualTo(SCHEMA.toItem(SCHEMA.fromItem(AttributeValues.fromSdk(stored))));
      assertThat(viaCodec.authors()).isEqualTo(book.authors());
    }
  }

  @Test
  void storedNulls_andTheFormsOtherMappersWrite_readAsOnTheKeyspanPath() {
    Map<String, AttributeValue> stored =
        new HashMap<>(AttributeValues.toSdk(SCHEMA.toItem(Books.full())));
    stored.put("rating", AttributeValue.fromNul(true));
    stored.put("inPrint", AttributeValue.fromN("1"));
    stored.put("boxedCount", AttributeValue.fromN("-42"));
    stored.put("cover", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {5})));

    Book viaCodec = SCHEMA.fromItem(stored, SDK);

    assertThat(viaCodec.rating()).isEqualTo(0.0);
    assertThat(viaCodec.inPrint()).isTrue();
    assertThat(viaCodec.boxedCount()).isEqualTo(-42);
    assertThat(SCHEMA.toItem(viaCodec))
        .isEqualTo(SCHEMA.toItem(SCHEMA.fromItem(AttributeValues.fromSdk(stored))));
  }

  @Test
  void storedValuesTheJavaTypesCannotHold_failWithTheSameMessages() {
    List<Map.Entry<String, AttributeValue>> wrong =
        List.of(
            Map.entry("Edition", AttributeValue.fromS("2")),
            Map.entry("Edition", AttributeValue.fromN("2.5")),
            Map.entry("copies", AttributeValue.fromN("9223372036854775808")),
            Map.entry("rating", AttributeValue.fromBool(true)),
            Map.entry("inPrint", AttributeValue.fromN("2")),
            Map.entry("shelf", AttributeValue.fromS("Study")),
            Map.entry("authors", AttributeValue.fromM(Map.of())),
            Map.entry("stock", AttributeValue.fromM(Map.of("Lyon", AttributeValue.fromS("x")))),
            Map.entry("genre", AttributeValue.fromS("POEM")));
    for (Map.Entry<String, AttributeValue> entry : wrong) {
      Map<String, AttributeValue> stored =
          new HashMap<>(AttributeValues.toSdk(SCHEMA.toItem(Books.full())));
      stored.put(entry.getKey(), entry.getValue());

      String viaCodec =
          assertThrows(MappingException.class, () -> SCHEMA.read(stored, SDK)).getMessage();

      assertThat(viaCodec)
          .isEqualTo(
              assertThrows(
                      MappingException.class, () -> SCHEMA.read(AttributeValues.fromSdk(stored)))
                  .getMessage());
    }
  }

  @Test
  void numbersAtAndJustPastTheIntAndLongEdges_readOrFailExactlyAsOnTheKeyspanPath() {
    List<Map.Entry<String, String>> numbers =
        List.of(
            Map.entry("Edition", "2147483647"),
            Map.entry("Edition", "-2147483648"),
            Map.entry("Edition", "2147483648"),
            Map.entry("Edition", "-2147483649"),
            Map.entry("Edition", "1000000000"),
            Map.entry("Edition", "9999999999"),
            Map.entry("Edition", "007"),
            Map.entry("Edition", "-0"),
            Map.entry("copies", "9223372036854775807"),
            Map.entry("copies", "-9223372036854775808"),
            Map.entry("copies", "9223372036854775808"),
            Map.entry("copies", "-9223372036854775809"),
            Map.entry("copies", "999999999999999999"),
            Map.entry("copies", "1.5"));
    for (Map.Entry<String, String> number : numbers) {
      Map<String, AttributeValue> stored =
          new HashMap<>(AttributeValues.toSdk(SCHEMA.toItem(Books.full())));
      stored.put(number.getKey(), AttributeValue.fromN(number.getValue()));

      assertThat(outcome(() -> SCHEMA.fromItem(stored, SDK)))
          .isEqualTo(outcome(() -> SCHEMA.fromItem(AttributeValues.fromSdk(stored))));
    }
    Map<String, AttributeValue> tooBig =
        new HashMap<>(AttributeValues.toSdk(SCHEMA.toItem(Books.full())));
    tooBig.put("Edition", AttributeValue.fromN("2147483648"));
    assertThat(assertThrows(MappingException.class, () -> SCHEMA.fromItem(tooBig, SDK)))
        .hasMessageThat()
        .isEqualTo("attribute Edition: the number 2147483648 does not fit in an int");
  }

  @Test
  void strings_readAndWriteStraightFromTheSdksValue_nullAndAbsentAlike() {
    Map<String, AttributeValue> stored =
        new HashMap<>(AttributeValues.toSdk(SCHEMA.toItem(Books.full())));
    stored.put("Isbn", AttributeValue.fromNul(true));
    assertThat(SCHEMA.fromItem(stored, SDK).isbn()).isNull();
    stored.remove("Isbn");
    assertThat(SCHEMA.fromItem(stored, SDK).isbn()).isNull();
    stored.put("Isbn", AttributeValue.fromS("978-0"));
    assertThat(SCHEMA.fromItem(stored, SDK).isbn()).isEqualTo("978-0");
    stored.put("Isbn", AttributeValue.fromN("978"));
    assertThat(assertThrows(MappingException.class, () -> SCHEMA.fromItem(stored, SDK)))
        .hasMessageThat()
        .isEqualTo(
            assertThrows(
                    MappingException.class, () -> SCHEMA.fromItem(AttributeValues.fromSdk(stored)))
                .getMessage());
  }

  /**
   * The object read, as the item it writes (records holding arrays compare by identity), or the
   * message of the mapping error.
   */
  private static Object outcome(java.util.function.Supplier<Book> read) {
    try {
      return SCHEMA.toItem(read.get());
    } catch (MappingException e) {
      return "failure: " + e.getMessage();
    }
  }
}
