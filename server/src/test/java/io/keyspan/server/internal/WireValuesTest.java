package io.keyspan.server.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's JSON form of attribute values [API AttributeValue; Developer Guide
 * HowItWorks.NamingRulesDataTypes].
 */
class WireValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static AttributeValue read(String text) {
    return WireValues.value(json(text));
  }

  private static String write(AttributeValue value) {
    return WireValues.value(value).toString();
  }

  @Test
  void everyDataType_readsAndWritesBack() {
    String[] values = {
      "{\"S\":\"héllo\"}",
      "{\"N\":\"-1.5\"}",
      "{\"B\":\"AAEC/w==\"}",
      "{\"BOOL\":false}",
      "{\"NULL\":true}",
      "{\"L\":[{\"S\":\"a\"},{\"N\":\"1\"}]}",
      "{\"M\":{\"a\":{\"M\":{\"b\":{\"L\":[]}}}}}",
      "{\"SS\":[\"a\",\"b\"]}",
      "{\"NS\":[\"1\",\"2.5\"]}",
      "{\"BS\":[\"AQ==\",\"Ag==\"]}",
    };
    for (String value : values) {
      assertThat(write(read(value))).isEqualTo(value);
    }
  }

  @Test
  void itemsAndMaps_writeTheirAttributesSortedByName() {
    Map<String, AttributeValue> nested = new HashMap<>();
    Map<String, AttributeValue> item = new HashMap<>();
    for (String name : List.of("pk", "zeta", "Alpha", "b", "sk", "a1", "a", "Zulu", "m")) {
      nested.put(name, AttributeValue.s(name));
      item.put(name, AttributeValue.s(name));
    }
    item.put("m", AttributeValue.m(nested));

    JsonNode written = WireValues.item(item);

    List<String> sorted = List.of("Alpha", "Zulu", "a", "a1", "b", "m", "pk", "sk", "zeta");
    assertThat(ImmutableList.copyOf(written.fieldNames()))
        .containsExactlyElementsIn(sorted)
        .inOrder();
    assertThat(ImmutableList.copyOf(written.get("m").get("M").fieldNames()))
        .containsExactlyElementsIn(sorted)
        .inOrder();
  }

  @Test
  void numbers_areNormalisedOnTheWayIn() {
    // Developer Guide HowItWorks.NamingRulesDataTypes: leading and trailing zeros are trimmed.
    assertThat(read("{\"N\":\"001.500\"}")).isEqualTo(AttributeValue.n("1.5"));
    assertThat(write(read("{\"N\":\"1E+2\"}"))).isEqualTo("{\"N\":\"100\"}");
  }

  @Test
  void binary_isBase64Decoded() {
    assertThat(read("{\"B\":\"AAEC/w==\"}"))
        .isEqualTo(AttributeValue.b(Bytes.of(new byte[] {0, 1, 2, (byte) 0xff})));
  }

  @Test
  void noDataType_isValidationError() {
    // Developer Guide HowItWorks.NamingRulesDataTypes [DYN validations/index.js]
    assertThat(assertThrows(ValidationException.class, () -> read("{}")).getMessage())
        .isEqualTo(
            "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
  }

  @Test
  void unknownMemberOnly_isEmptyValue() {
    assertThat(assertThrows(ValidationException.class, () -> read("{\"X\":\"1\"}")).getMessage())
        .isEqualTo(
            "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
  }

  @Test
  void twoDataTypes_isValidationError() {
    assertThat(
            assertThrows(ValidationException.class, () -> read("{\"S\":\"a\",\"N\":\"1\"}"))
                .getMessage())
        .isEqualTo(
            "Supplied AttributeValue has more than one datatypes set, must contain exactly one of"
                + " the supported datatypes");
  }

  @Test
  void nullFalse_isValidationError() {
    assertThat(assertThrows(ValidationException.class, () -> read("{\"NULL\":false}")).getMessage())
        .isEqualTo(
            "One or more parameter values were invalid: Null attribute value types must have the"
                + " value of true");
  }

  @Test
  void numberWithMoreThan38Digits_isValidationError() {
    assertThat(
            assertThrows(
                    ValidationException.class,
                    () -> read("{\"N\":\"123456789012345678901234567890123456789\"}"))
                .getMessage())
        .isEqualTo("Attempting to store more than 38 significant digits in a Number");
  }

  @Test
  void emptyStringSet_isValidationError() {
    // Developer Guide HowItWorks.NamingRulesDataTypes: the double space is really in the text.
    assertThat(assertThrows(ValidationException.class, () -> read("{\"SS\":[]}")).getMessage())
        .isEqualTo("One or more parameter values were invalid: An string set  may not be empty");
  }

  @Test
  void duplicateSetMembers_isValidationError() {
    assertThat(
            assertThrows(ValidationException.class, () -> read("{\"SS\":[\"x\",\"x\"]}"))
                .getMessage())
        .isEqualTo(
            "One or more parameter values were invalid: Input collection [x, x] contains duplicates.");
  }

  @Test
  void loneStringOrNumber_readsAsTheMemberByMemberReading() {
    // {"S":...} and {"N":...} alone take a direct path: the same values, the same errors.
    assertThat(read("{\"S\":\"x\"}")).isEqualTo(AttributeValue.s("x"));
    assertThat(read("{\"N\":\"1.50\"}")).isEqualTo(AttributeValue.n("1.50"));
    assertThat(read("{\"S\":\"x\",\"N\":null}")).isEqualTo(AttributeValue.s("x"));
    assertThat(assertThrows(ValidationException.class, () -> read("{\"S\":null}")).getMessage())
        .isEqualTo(WireValues.EMPTY);
    assertThat(assertThrows(ValidationException.class, () -> read("{\"N\":null}")).getMessage())
        .isEqualTo(WireValues.EMPTY);
    assertThat(assertThrows(ValidationException.class, () -> read("{\"N\":\"x\"}")).getMessage())
        .isEqualTo(
            assertThrows(ValidationException.class, () -> read("{\"N\":\"x\",\"Z\":1}"))
                .getMessage());
    assertThat(assertThrows(WireException.class, () -> read("{\"S\":true}")).getMessage())
        .isEqualTo("class java.lang.Boolean can not be converted to an String");
  }

  @Test
  void numberGivenAsJsonNumber_isSerializationError() {
    // Coral's text: a JSON number where a string is expected [DYN validations/index.js checkTypes].
    WireException error = assertThrows(WireException.class, () -> read("{\"N\":5}"));
    assertThat(error.type()).isEqualTo("com.amazon.coral.service#SerializationException");
    assertThat(error.messageMember()).isEqualTo("Message");
    assertThat(error.getMessage())
        .isEqualTo("class java.lang.Short can not be converted to an String");
  }

  @Test
  void wrongJsonShapes_areSerializationErrors() {
    assertThat(assertThrows(WireException.class, () -> read("{\"S\":[\"a\"]}")).getMessage())
        .isEqualTo("Start of list found where not expected");
    assertThat(assertThrows(WireException.class, () -> read("{\"S\":{}}")).getMessage())
        .isEqualTo("Start of structure or map found where not expected.");
    assertThat(assertThrows(WireException.class, () -> read("{\"L\":\"a\"}")).getMessage())
        .isEqualTo("Expected list or null");
    assertThat(assertThrows(WireException.class, () -> read("{\"M\":[]}")).getMessage())
        .isEqualTo("Start of list found where not expected");
    assertThat(assertThrows(WireException.class, () -> read("\"a\"")).getMessage())
        .isEqualTo("Expected null");
    assertThat(assertThrows(WireException.class, () -> read("{\"BOOL\":\"yes\"}")).getMessage())
        .isEqualTo("'YES' can not be converted to an Boolean");
    assertThat(assertThrows(WireException.class, () -> read("{\"BOOL\":1}")).getMessage())
        .isEqualTo("class java.lang.Short can not be converted to an Boolean");
  }

  @Test
  void badBase64_isSerializationError() {
    assertThat(assertThrows(WireException.class, () -> read("{\"B\":\"abc\"}")).getMessage())
        .isEqualTo(
            "'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple of"
                + " 4 bytes but found: 3");
    assertThat(assertThrows(WireException.class, () -> read("{\"B\":\"ab*c\"}")).getMessage())
        .isEqualTo("'ab*c' can not be converted to a Blob: Invalid Base64 character: '*'");
  }

  // Found by WireFuzzTest: the JDK decoder threw IllegalArgumentException (a 500) on these.
  @Test
  void paddingThatLeavesTooFewBits_isSerializationError() {
    for (String text : new String[] {"A===", "===="}) {
      assertThat(
              assertThrows(WireException.class, () -> read("{\"B\":\"" + text + "\"}"))
                  .getMessage())
          .isEqualTo(
              "'"
                  + text
                  + "' can not be converted to a Blob: Invalid last non-pad Base64"
                  + " character dectected");
    }
  }

  @Test
  void item_readsEveryAttributeInOrder() {
    Map<String, AttributeValue> item =
        WireValues.item(json("{\"b\":{\"S\":\"x\"},\"a\":{\"N\":\"1\"}}"));
    assertThat(item)
        .containsExactly("b", AttributeValue.s("x"), "a", AttributeValue.n(1))
        .inOrder();
  }
}
