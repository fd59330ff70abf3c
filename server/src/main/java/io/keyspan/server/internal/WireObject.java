package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSON structure of a request, read member by member with the type checks of DynamoDB's front
 * end: a member of the wrong JSON type is a SerializationException with Coral's text ("class
 * java.lang.Integer can not be converted to an String"). Absent and {@code null} members read as
 * null; unknown members are ignored, as DynamoDB ignores them.
 */
final class WireObject {
  private static final Pattern BASE64_BAD_CHARACTER = Pattern.compile("[^a-zA-Z0-9+/=]|=[^=]");

  private final ObjectNode node;

  private WireObject(ObjectNode node) {
    this.node = node;
  }

  /** The request body's top level. */
  static WireObject root(JsonNode node) {
    WireObject object = structure(node);
    if (object == null) {
      throw WireException.malformedBody();
    }
    return object;
  }

  /** A JSON value that must be a structure; null when the value is absent or null. */
  static WireObject structure(JsonNode value) {
    if (isAbsent(value)) {
      return null;
    }
    if (value.isArray()) {
      throw listNotExpected();
    }
    if (!value.isObject()) {
      throw WireException.serialization("Expected null");
    }
    return new WireObject((ObjectNode) value);
  }

  /** The structure as JSON. */
  JsonNode json() {
    return node;
  }

  boolean has(String member) {
    return !isAbsent(node.get(member));
  }

  JsonNode raw(String member) {
    JsonNode value = node.get(member);
    return value == null ? NullNode.getInstance() : value;
  }

  String string(String member) {
    return string(node.get(member));
  }

  Integer integer(String member) {
    return integer(node.get(member));
  }

  static Integer integer(JsonNode value) {
    Long number = integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "an Integer");
    return number == null ? null : number.intValue();
  }

  Long longInteger(String member) {
    return longInteger(node.get(member));
  }

  /** A Long member, such as a capacity unit count. */
  static Long longInteger(JsonNode value) {
    return integral(value, Long.MIN_VALUE, Long.MAX_VALUE, "an Long");
  }

  /** Coral reads a fraction as its floor, but never clamps: 2^31 is no Integer, 1e300 no Long. */
  private static Long integral(JsonNode value, long min, long max, String target) {
    if (isAbsent(value)) {
      return null;
    }
    if (!value.isNumber()) {
      throw scalarMismatch(value, target);
    }
    if (value.isIntegralNumber()) {
      if (value.canConvertToLong() && value.asLong() >= min && value.asLong() <= max) {
        return value.asLong();
      }
    } else {
      double floor = Math.floor(value.asDouble());
      if (floor >= min && floor <= max) {
        return (long) floor;
      }
    }
    throw WireException.serialization(
        "class " + javaClass(value) + " can not be converted to " + target);
  }

  Boolean bool(String member) {
    JsonNode value = node.get(member);
    if (isAbsent(value)) {
      return null;
    }
    return bool(value);
  }

  WireObject object(String member) {
    return structure(node.get(member));
  }

  /** A list member's elements; null when absent. */
  List<JsonNode> list(String member) {
    return list(node.get(member));
  }

  /** A map member's entries in request order; null when absent. */
  Map<String, JsonNode> map(String member) {
    return map(node.get(member));
  }

  /** A list member whose elements are strings; null when absent. */
  List<String> strings(String member) {
    List<JsonNode> elements = list(member);
    if (elements == null) {
      return null;
    }
    List<String> strings = new ArrayList<>(elements.size());
    for (JsonNode element : elements) {
      strings.add(string(element));
    }
    return strings;
  }

  // ---------------------------------------------------------------- single JSON values

  static String string(JsonNode value) {
    if (isAbsent(value)) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    throw scalarMismatch(value, "an String");
  }

  static Boolean bool(JsonNode value) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber() && !value.isIntegralNumber()) {
      // Coral reads a floating-point number as a Boolean: its magnitude decides.
      return Math.abs(value.asDouble()) >= 1;
    }
    if (value.isTextual()) {
      throw WireException.serialization(
          "'"
              + Echo.of(value.textValue().toUpperCase(Locale.ROOT))
              + "' can not be converted to an Boolean");
    }
    throw scalarMismatch(value, "an Boolean");
  }

  /** A Base64 blob, checked as Coral checks it. */
  static byte[] blob(JsonNode value) {
    if (value.isArray() || value.isObject()) {
      throw structureMismatch(value);
    }
    if (!value.isTextual()) {
      throw WireException.serialization(
          "class " + javaClass(value) + " can not be converted to a Blob");
    }
    String text = value.textValue();
    if (text.length() % 4 != 0) {
      throw WireException.serialization(
          "'"
              + Echo.of(text)
              + "' can not be converted to a Blob: Base64 encoded length is"
              + " expected a multiple of 4 bytes but found: "
              + text.length());
    }
    Matcher bad = BASE64_BAD_CHARACTER.matcher(text);
    if (bad.find()) {
      throw WireException.serialization(
          "'"
              + Echo.of(text)
              + "' can not be converted to a Blob: Invalid Base64 character: '"
              + bad.group().charAt(0)
              + "'");
    }
    byte[] bytes = decoded(text);
    if (bytes == null || !Base64.getEncoder().encodeToString(bytes).equals(text)) {
      // Coral's own spelling, "dectected" included.
      throw WireException.serialization(
          "'"
              + Echo.of(text)
              + "' can not be converted to a Blob:"
              + " Invalid last non-pad Base64 character dectected");
    }
    return bytes;
  }

  /** The decoded bytes, or null when padding leaves a unit without enough bits ("A==="). */
  private static byte[] decoded(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static List<JsonNode> list(JsonNode value) {
    if (isAbsent(value)) {
      return null;
    }
    if (value.isObject()) {
      throw WireException.serialization("Start of structure or map found where not expected.");
    }
    if (!value.isArray()) {
      throw WireException.serialization("Expected list or null");
    }
    List<JsonNode> elements = new ArrayList<>(value.size());
    value.forEach(elements::add);
    return elements;
  }

  static Map<String, JsonNode> map(JsonNode value) {
    Iterable<Map.Entry<String, JsonNode>> members = entries(value);
    if (members == null) {
      return null;
    }
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    members.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
    return entries;
  }

  /** A map's entries in request order, checked as {@link #map} checks them, without a copy. */
  static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode value) {
    if (isAbsent(value)) {
      return null;
    }
    if (value.isArray()) {
      throw listNotExpected();
    }
    if (!value.isObject()) {
      throw WireException.serialization("Expected map or null");
    }
    return value.properties();
  }

  static boolean isAbsent(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode();
  }

  private static WireException scalarMismatch(JsonNode value, String target) {
    if (value.isArray() || value.isObject()) {
      return structureMismatch(value);
    }
    return WireException.serialization(
        "class " + javaClass(value) + " can not be converted to " + target);
  }

  private static WireException structureMismatch(JsonNode value) {
    return value.isArray()
        ? listNotExpected()
        : WireException.serialization("Start of structure or map found where not expected.");
  }

  private static WireException listNotExpected() {
    return WireException.serialization("Start of list found where not expected");
  }

  /** The Java class Coral's deserializer would have made of a JSON scalar. */
  private static String javaClass(JsonNode value) {
    if (value.isBoolean()) {
      return "java.lang.Boolean";
    }
    if (value.isTextual()) {
      return "java.lang.String";
    }
    if (!value.isIntegralNumber()) {
      return "java.lang.Double";
    }
    if (!value.canConvertToLong()) {
      return "java.math.BigInteger";
    }
    long number = value.asLong();
    if (number >= Short.MIN_VALUE && number <= Short.MAX_VALUE) {
      return "java.lang.Short";
    }
    return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
        ? "java.lang.Integer"
        : "java.lang.Long";
  }
}
