package io.keyspan.value;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PutItemRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeItemTest {

  /** Keyspan's own values as if they were an engine's, counting what is decoded. */
  private static final class CountingCodec implements ValueCodec<AttributeValue> {
    private final ValueCodec<AttributeValue> keyspan = ValueCodec.keyspan();
    int decoded;

    @Override
    public AttributeValue string(String value) {
      return keyspan.string(value);
    }

    @Override
    public AttributeValue number(String canonicalText) {
      return keyspan.number(canonicalText);
    }

    @Override
    public AttributeValue bool(boolean value) {
      return keyspan.bool(value);
    }

    @Override
    public AttributeValue nul() {
      return keyspan.nul();
    }

    @Override
    public AttributeValue list(List<AttributeValue> elements) {
      return keyspan.list(elements);
    }

    @Override
    public AttributeValue map(Map<String, AttributeValue> entries) {
      return keyspan.map(entries);
    }

    @Override
    public AttributeValue stringSet(List<String> members) {
      return keyspan.stringSet(members);
    }

    @Override
    public AttributeValue of(AttributeValue value) {
      return keyspan.of(value);
    }

    @Override
    public String stringOf(AttributeValue value) {
      return keyspan.stringOf(value);
    }

    @Override
    public String numberOf(AttributeValue value) {
      return keyspan.numberOf(value);
    }

    @Override
    public Boolean boolOf(AttributeValue value) {
      return keyspan.boolOf(value);
    }

    @Override
    public List<String> stringSetOf(AttributeValue value) {
      return keyspan.stringSetOf(value);
    }

    @Override
    public List<AttributeValue> listOf(AttributeValue value) {
      return keyspan.listOf(value);
    }

    @Override
    public Map<String, AttributeValue> mapOf(AttributeValue value) {
      return keyspan.mapOf(value);
    }

    @Override
    public boolean isNull(AttributeValue value) {
      return keyspan.isNull(value);
    }

    @Override
    public AttributeValue toKeyspan(AttributeValue value) {
      decoded++;
      return keyspan.toKeyspan(value);
    }
  }

  private static Map<String, AttributeValue> item() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("Id", AttributeValue.s("a"));
    item.put("Views", AttributeValue.n(3));
    item.put("Tags", AttributeValue.ss(List.of("x", "y")));
    return item;
  }

  @Test
  void asAMap_isTheItemInKeyspansValues() {
    NativeItem<AttributeValue> held = NativeItem.of(item(), new CountingCodec());

    assertThat(held).isEqualTo(item());
    assertThat(held.hashCode()).isEqualTo(item().hashCode());
    assertThat(List.copyOf(held.keySet())).containsExactly("Id", "Views", "Tags").inOrder();
  }

  @Test
  void oneAttribute_decodesOnlyThatValue_andSizeDecodesNone() {
    CountingCodec codec = new CountingCodec();
    NativeItem<AttributeValue> held = NativeItem.of(item(), codec);

    assertThat(held.size()).isEqualTo(3);
    assertThat(held.containsKey("Tags")).isTrue();
    assertThat(held.get("Views")).isEqualTo(AttributeValue.n(3));
    assertThat(held.get("Absent")).isNull();

    assertThat(codec.decoded).isEqualTo(1);
  }

  @Test
  void theWholeItem_isDecodedOnce() {
    CountingCodec codec = new CountingCodec();
    NativeItem<AttributeValue> held = NativeItem.of(item(), codec);

    held.entrySet().forEach(entry -> {});
    held.entrySet().forEach(entry -> {});
    held.get("Id");

    assertThat(codec.decoded).isEqualTo(3);
    assertThrows(UnsupportedOperationException.class, () -> held.put("Id", AttributeValue.s("b")));
  }

  @Test
  void encode_inItsOwnCodec_isTheHeldMap_inAnotherCodec_isConverted() {
    CountingCodec codec = new CountingCodec();
    Map<String, AttributeValue> values = item();
    NativeItem<AttributeValue> held = NativeItem.of(values, codec);

    assertThat(NativeItem.encode(held, codec)).isSameInstanceAs(values);
    Map<String, AttributeValue> converted = NativeItem.encode(held, new CountingCodec());
    assertThat(converted).isNotSameInstanceAs(values);
    assertThat(converted).isEqualTo(item());
    assertThat(NativeItem.encode(item(), codec)).isEqualTo(item());
  }

  @Test
  void theSpisRecords_keepANativeItem_andCopyOtherItems() {
    NativeItem<AttributeValue> held = NativeItem.of(item(), new CountingCodec());
    Map<String, AttributeValue> plain = item();

    PutItemRequest put = PutItemRequest.builder("t", held).build();
    assertThat(put.item()).isSameInstanceAs(held);
    assertThat(put.toBuilder().build().item()).isSameInstanceAs(held);
    assertThat(new GetItemResponse(held, null).item()).isSameInstanceAs(held);

    Map<String, AttributeValue> copied = PutItemRequest.builder("t", plain).build().item();
    assertThat(copied).isNotSameInstanceAs(plain);
    assertThat(copied).isNotInstanceOf(NativeItem.class);
    assertThat(copied).isEqualTo(plain);
  }
}
