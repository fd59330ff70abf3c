package io.keyspan.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.value.AttributeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores Jackson's {@code JsonNode} as a schemaless document: objects as M, arrays as L, strings as
 * S, numbers as N (exactly, with DynamoDB's precision rules), booleans as BOOL, null as NULL,
 * binaries as B. Reading maps back the same way; numbers come back as the smallest of int, long,
 * BigInteger, or as a double when the double is exact, else as BigDecimal. Sets (which JSON lacks)
 * read as arrays. Kept apart from {@link Converters} so that Jackson is needed only by applications
 * that map {@code JsonNode}.
 */
// "exports": Jackson is a static (optional) requirement; whoever maps JsonNode requires it.
@SuppressWarnings("exports")
public final class JsonNodeConverter implements AttributeConverter<JsonNode> {
  public static final JsonNodeConverter INSTANCE = new JsonNodeConverter();
  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);

  private JsonNodeConverter() {}

  @Override
  public AttributeValue toAttributeValue(JsonNode node) {
    if (node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, AttributeValue> fields = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        AttributeValue value = toAttributeValue(entry.getValue());
        fields.put(entry.getKey(), value == null ? AttributeValue.nul() : value);
      }
      return AttributeValue.m(fields);
    }
    if (node.isArray()) {
      List<AttributeValue> elements = new ArrayList<>();
      for (JsonNode element : node) {
        AttributeValue value = toAttributeValue(element);
        elements.add(value == null ? AttributeValue.nul() : value);
      }
      return AttributeValue.l(elements);
    }
    if (node.isTextual()) {
      return AttributeValue.s(node.textValue());
    }
    if (node.isNumber()) {
      if (node.isFloatingPointNumber()
          && !Double.isFinite(node.doubleValue())
          && !node.isBigDecimal()) {
        throw new MappingException(node + " has no DynamoDB form: numbers are finite");
      }
      return node.isIntegralNumber()
          ? AttributeValue.n(new BigDecimal(node.bigIntegerValue()))
          : AttributeValue.n(node.decimalValue());
    }
    if (node.isBoolean()) {
      return AttributeValue.bool(node.booleanValue());
    }
    if (node.isNull()) {
      return AttributeValue.nul();
    }
    if (node.isBinary()) {
      try {
        return AttributeValue.b(node.binaryValue());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new MappingException(
        "the JSON node " + node + " (" + node.getNodeType() + ") has no DynamoDB form");
  }

  @Override
  public JsonNode fromAttributeValue(AttributeValue value) {
    if (value instanceof AttributeValue.M m) {
      ObjectNode object = NODES.objectNode();
      m.values().forEach((name, field) -> object.set(name, fromAttributeValue(field)));
      return object;
    }
    if (value instanceof AttributeValue.L l) {
      ArrayNode array = NODES.arrayNode();
      l.values().forEach(element -> array.add(fromAttributeValue(element)));
      return array;
    }
    if (value instanceof AttributeValue.S s) {
      return NODES.textNode(s.value());
    }
    if (value instanceof AttributeValue.N n) {
      return number(n.value());
    }
    if (value instanceof AttributeValue.Bool bool) {
      return NODES.booleanNode(bool.value());
    }
    if (value instanceof AttributeValue.Null) {
      return NODES.nullNode();
    }
    if (value instanceof AttributeValue.B b) {
      return NODES.binaryNode(b.value().toArray());
    }
    ArrayNode members = NODES.arrayNode();
    if (value instanceof AttributeValue.SS ss) {
      ss.values().forEach(members::add);
    } else if (value instanceof AttributeValue.NS ns) {
      ns.values().forEach(member -> members.add(number(member)));
    } else {
      ((AttributeValue.BS) value)
          .values()
          .forEach(member -> members.add(NODES.binaryNode(member.toArray())));
    }
    return members;
  }

  private static JsonNode number(BigDecimal value) {
    if (value.signum() == 0 || value.scale() <= 0) {
      BigInteger integer = value.toBigIntegerExact();
      if (integer.bitLength() < 32) {
        return NODES.numberNode(integer.intValue());
      }
      return integer.bitLength() < 64
          ? NODES.numberNode(integer.longValue())
          : NODES.numberNode(integer);
    }
    double asDouble = value.doubleValue();
    return Double.isFinite(asDouble)
            && new BigDecimal(Double.toString(asDouble)).compareTo(value) == 0
        ? NODES.numberNode(asDouble)
        : NODES.numberNode(value);
  }
}
