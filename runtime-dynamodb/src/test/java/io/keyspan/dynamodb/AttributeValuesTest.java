package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

class AttributeValuesTest {

  // Developer Guide HowItWorks.NamingRulesDataTypes: the ten types, nested, survive both ways.
  @Test
  void everyType_roundTripsThroughTheSdk() {
    Map<String, AttributeValue> item =
        Map.of(
            "s", AttributeValue.s("ünï"),
            "n", AttributeValue.n("-0.000123"),
            "b", AttributeValue.b(new byte[] {0, (byte) 0xFF}),
            "bool", AttributeValue.bool(false),
            "null", AttributeValue.nul(),
            "l", AttributeValue.l(AttributeValue.l(), AttributeValue.m(Map.of())),
            "m", AttributeValue.m(Map.of("k", AttributeValue.ss("a", "b"))),
            "ns", AttributeValue.ns("1", "1E+2"),
            "bs", AttributeValue.bs(Bytes.of(new byte[] {1}), Bytes.of(new byte[0])));

    assertThat(AttributeValues.fromSdk(AttributeValues.toSdk(item))).isEqualTo(item);
  }

  // API AttributeValue: numbers travel as decimal text, never in exponent form here.
  @Test
  void numbers_travelAsPlainDecimalText() {
    var sdk = AttributeValues.toSdk(AttributeValue.n("1.50E+3"));

    assertThat(sdk.n()).isEqualTo("1500");
    assertThat(AttributeValues.toSdk(AttributeValue.ns("2.0")).ns()).containsExactly("2");
  }

  // An empty list or map stays a (present) empty value; the SDK distinguishes it from absence.
  @Test
  void emptyListAndMap_stayPresent() {
    var list = AttributeValues.toSdk(AttributeValue.l(List.of()));
    var map = AttributeValues.toSdk(AttributeValue.m(Map.of()));

    assertThat(list.type())
        .isEqualTo(software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.L);
    assertThat(map.type())
        .isEqualTo(software.amazon.awssdk.services.dynamodb.model.AttributeValue.Type.M);
  }

  @Test
  void binaries_areCopiedFromTheSdk() {
    byte[] bytes = {1, 2, 3};
    var sdk =
        software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder()
            .b(SdkBytes.fromByteArray(bytes))
            .build();

    AttributeValue value = AttributeValues.fromSdk(sdk);

    assertThat(((AttributeValue.B) value).value().toArray()).isEqualTo(bytes);
  }

  @Test
  void absentItem_isNull() {
    assertThat(AttributeValues.fromSdkIfPresent(false, Map.of())).isNull();
    assertThat(AttributeValues.fromSdkIfPresent(true, Map.of())).isEmpty();
  }
}
