package io.keyspan.value;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// Digest 1.1 "Binary": comparison treats each byte as unsigned (API Query.ScanIndexForward).
class BytesTest {
  private static Bytes bytes(int... values) {
    byte[] array = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      array[i] = (byte) values[i];
    }
    return Bytes.of(array);
  }

  @Test
  void order_treatsBytesAsUnsigned() {
    assertThat(bytes(0x7F)).isLessThan(bytes(0x80));
    assertThat(bytes(0xFF)).isGreaterThan(bytes(0x00));
    assertThat(bytes(0x01, 0xFF)).isLessThan(bytes(0x02, 0x00));
  }

  @Test
  void order_putsAPrefixFirst() {
    assertThat(bytes()).isLessThan(bytes(0x00));
    assertThat(bytes(1, 2)).isLessThan(bytes(1, 2, 0));
    assertThat(bytes(1, 2).compareTo(bytes(1, 2))).isEqualTo(0);
  }

  @Test
  void sortedBinaries_followUnsignedOrder() {
    List<Bytes> values =
        new ArrayList<>(List.of(bytes(0x80), bytes(0x00), bytes(0xFF), bytes(0x7F)));
    values.sort(null);
    assertThat(values)
        .containsExactly(bytes(0x00), bytes(0x7F), bytes(0x80), bytes(0xFF))
        .inOrder();
  }

  @Test
  void equality_isByContent() {
    assertThat(bytes(1, 2, 3)).isEqualTo(bytes(1, 2, 3));
    assertThat(bytes(1, 2, 3).hashCode()).isEqualTo(bytes(1, 2, 3).hashCode());
    assertThat(bytes(1, 2, 3)).isNotEqualTo(bytes(1, 2));
  }

  @Test
  void content_isCopiedInAndOut() {
    byte[] source = {1, 2};
    Bytes value = Bytes.of(source);
    source[0] = 7;
    byte[] out = value.toArray();
    out[1] = 7;
    assertThat(value.toArray()).isEqualTo(new byte[] {1, 2});
    assertThat(value.byteAt(0)).isEqualTo((byte) 1);
    assertThat(value.length()).isEqualTo(2);
  }

  @Test
  void fromBuffer_copiesTheRemainingBytes_withoutMovingThePosition() {
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 1, 2});
    buffer.position(1);
    Bytes value = Bytes.of(buffer);
    assertThat(value).isEqualTo(bytes(1, 2));
    assertThat(buffer.position()).isEqualTo(1);
    buffer.put(1, (byte) 5);
    assertThat(value).isEqualTo(bytes(1, 2));
  }

  @Test
  void readOnlyBuffer_cannotChangeTheContent() {
    ByteBuffer view = bytes(1, 2).asReadOnlyBuffer();
    assertThrows(ReadOnlyBufferException.class, () -> view.put(0, (byte) 5));
    assertThat(view.remaining()).isEqualTo(2);
  }

  @Test
  void base64_roundTrips_andIsTheTextForm() {
    Bytes value = bytes(0xFF, 0x00, 0x10);
    assertThat(value.toBase64()).isEqualTo("/wAQ");
    assertThat(value.toString()).isEqualTo("/wAQ");
    assertThat(Bytes.fromBase64("/wAQ")).isEqualTo(value);
    assertThat(Bytes.fromBase64("")).isEqualTo(bytes());
  }

  @Test
  void startsWith_matchesLeadingBytes() {
    assertThat(bytes(1, 2, 3).startsWith(bytes(1, 2))).isTrue();
    assertThat(bytes(1, 2, 3).startsWith(bytes())).isTrue();
    assertThat(bytes(1, 2, 3).startsWith(bytes(1, 2, 3))).isTrue();
    assertThat(bytes(1, 2).startsWith(bytes(1, 2, 3))).isFalse();
    assertThat(bytes(1, 2, 3).startsWith(bytes(2))).isFalse();
  }

  @Test
  void contains_findsAContiguousSubsequence() {
    assertThat(bytes(1, 2, 3, 4).contains(bytes(2, 3))).isTrue();
    assertThat(bytes(1, 2, 3, 4).contains(bytes(3, 4))).isTrue();
    assertThat(bytes(1, 2, 3, 4).contains(bytes())).isTrue();
    assertThat(bytes(1, 2, 1, 2, 3).contains(bytes(1, 2, 3))).isTrue();
    assertThat(bytes(1, 2, 3, 4).contains(bytes(2, 4))).isFalse();
    assertThat(bytes(1, 2).contains(bytes(1, 2, 3))).isFalse();
    assertThat(bytes(0xFF).contains(bytes(0x7F))).isFalse();
  }
}
