package io.keyspan.value;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PutItemRequest;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeItemTest {

  /** Keyspan's own values as if they were an engine's, counting what is decoded. */
  private static final class CountingCodec {
    int decoded;

    @SuppressWarnings("unchecked")
    final ValueCodec<AttributeValue> codec =
        (ValueCodec<AttributeValue>)
            Proxy.newProxyInstance(
                ValueCodec.class.getClassLoader(),
                new Class<?>[] {ValueCodec.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("equals")) {
                    return proxy == arguments[0];
                  }
                  if (method.getName().equals("toKeyspan")) {
                    decoded++;
                  }
                  return method.invoke(ValueCodec.keyspan(), arguments);
                });
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
    NativeItem<AttributeValue> held = NativeItem.of(item(), new CountingCodec().codec);

    assertThat(held).isEqualTo(item());
    assertThat(held.hashCode()).isEqualTo(item().hashCode());
    assertThat(List.copyOf(held.keySet())).containsExactly("Id", "Views", "Tags").inOrder();
  }

  @Test
  void oneAttribute_decodesOnlyThatValue_andSizeDecodesNone() {
    CountingCodec counting = new CountingCodec();
    NativeItem<AttributeValue> held = NativeItem.of(item(), counting.codec);

    assertThat(held.size()).isEqualTo(3);
    assertThat(held.containsKey("Tags")).isTrue();
    assertThat(held.get("Views")).isEqualTo(AttributeValue.n(3));
    assertThat(held.get("Absent")).isNull();

    assertThat(counting.decoded).isEqualTo(1);
  }

  @Test
  void theWholeItem_isDecodedOnce() {
    CountingCodec counting = new CountingCodec();
    NativeItem<AttributeValue> held = NativeItem.of(item(), counting.codec);

    held.entrySet().forEach(entry -> {});
    held.entrySet().forEach(entry -> {});
    held.get("Id");

    assertThat(counting.decoded).isEqualTo(3);
    assertThrows(UnsupportedOperationException.class, () -> held.put("Id", AttributeValue.s("b")));
  }

  @Test
  void encode_inItsOwnCodec_isTheHeldMap_inAnotherCodec_isConverted() {
    CountingCodec counting = new CountingCodec();
    Map<String, AttributeValue> values = item();
    NativeItem<AttributeValue> held = NativeItem.of(values, counting.codec);

    assertThat(NativeItem.encode(held, counting.codec)).isSameInstanceAs(values);
    Map<String, AttributeValue> converted = NativeItem.encode(held, new CountingCodec().codec);
    assertThat(converted).isNotSameInstanceAs(values);
    assertThat(converted).isEqualTo(item());
    assertThat(NativeItem.encode(item(), counting.codec)).isEqualTo(item());
  }

  @Test
  void theSpisRecords_keepANativeItem_andCopyOtherItems() {
    NativeItem<AttributeValue> held = NativeItem.of(item(), new CountingCodec().codec);
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
