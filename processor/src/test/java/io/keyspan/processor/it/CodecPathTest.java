package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.schema.MappingException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.ValueCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The generated codec methods ({@code toItem(item, codec)}, {@code fromItem(item, codec)}) write
 * and read exactly what {@code toItem}/{@code fromItem} do, for every supported type: here with
 * Keyspan's own values as the codec, so the two paths compare value by value.
 */
class CodecPathTest {
  private static final EverythingSchema SCHEMA = EverythingSchema.instance();
  private static final ValueCodec<AttributeValue> KEYSPAN = ValueCodec.keyspan();

  @Test
  void everyType_writesTheSameItem() {
    Everything everything = RoundTripTest.sample();

    assertThat(SCHEMA.toItem(everything, KEYSPAN)).isEqualTo(SCHEMA.toItem(everything));
  }

  @Test
  void everyType_readsTheSameObject() {
    Map<String, AttributeValue> item = SCHEMA.toItem(RoundTripTest.sample());

    // Everything holds a byte[], which records compare by identity: compare the items they write.
    assertThat(SCHEMA.toItem(SCHEMA.fromItem(item, KEYSPAN)))
        .isEqualTo(SCHEMA.toItem(SCHEMA.fromItem(item)));
  }

  @Test
  void absentAttributes_readAsNullZeroAndEmpty_andWriteTheSame() {
    Map<String, AttributeValue> item = Map.of("id", AttributeValue.s("only-the-key"));

    Everything viaCodec = SCHEMA.fromItem(item, KEYSPAN);

    assertThat(SCHEMA.toItem(viaCodec)).isEqualTo(SCHEMA.toItem(SCHEMA.fromItem(item)));
    assertThat(viaCodec.text()).isNull();
    assertThat(viaCodec.labels()).isEmpty();
    assertThat(SCHEMA.toItem(viaCodec, KEYSPAN)).isEqualTo(SCHEMA.toItem(viaCodec));
  }

  @Test
  void nullElementsAndStoredNulls_readAsNull() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(SCHEMA.toItem(RoundTripTest.sample()));
    item.put("text", AttributeValue.nul());
    item.put("tags", AttributeValue.l(AttributeValue.s("a"), AttributeValue.nul()));
    item.put("weights", AttributeValue.m(Map.of("a", AttributeValue.nul())));

    Everything viaCodec = SCHEMA.fromItem(item, KEYSPAN);

    assertThat(viaCodec.text()).isNull();
    assertThat(viaCodec.tags()).containsExactly("a", null).inOrder();
    assertThat(SCHEMA.toItem(viaCodec, KEYSPAN)).isEqualTo(SCHEMA.toItem(SCHEMA.fromItem(item)));
  }

  @Test
  void storedValuesTheJavaTypesCannotHold_failWithTheSameMessages() {
    List<Map.Entry<String, AttributeValue>> wrong =
        List.of(
            Map.entry("number", AttributeValue.n("1.5")),
            Map.entry("number", AttributeValue.n("12345678901")),
            Map.entry("number", AttributeValue.s("7")),
            Map.entry("big", AttributeValue.n("99999999999999999999")),
            Map.entry("precise", AttributeValue.s("1.5")),
            Map.entry("flag", AttributeValue.n("2")),
            Map.entry("boxedNumber", AttributeValue.n("2147483648")),
            Map.entry("tags", AttributeValue.s("not a list")),
            Map.entry("tags", AttributeValue.l(AttributeValue.n(1))),
            Map.entry("weights", AttributeValue.m(Map.of("a", AttributeValue.s("x")))),
            Map.entry("home", AttributeValue.s("not a map")),
            Map.entry("color", AttributeValue.s("PURPLE")),
            Map.entry("instant", AttributeValue.s("yesterday")));
    for (Map.Entry<String, AttributeValue> entry : wrong) {
      Map<String, AttributeValue> item = new LinkedHashMap<>(SCHEMA.toItem(RoundTripTest.sample()));
      item.put(entry.getKey(), entry.getValue());

      assertThat(failure(() -> SCHEMA.fromItem(item, KEYSPAN)))
          .isEqualTo(failure(() -> SCHEMA.fromItem(item)));
    }
  }

  @Test
  void read_withACodec_namesTheTableAndTheItemsKey() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(SCHEMA.toItem(RoundTripTest.sample()));
    item.put("number", AttributeValue.n("1.5"));

    assertThat(failure(() -> SCHEMA.read(item, KEYSPAN)))
        .isEqualTo(failure(() -> SCHEMA.read(item)));
  }

  private static String failure(Executable read) {
    return assertThrows(MappingException.class, read).getMessage();
  }
}
