package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Path;
import io.keyspan.expression.eval.Nesting;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import io.keyspan.value.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DynamoDB's JSON form of attribute values, both ways: {@code {"S":"x"}}, {@code {"N":"1.5"}},
 * {@code {"B":"<base64>"}}, {@code {"L":[...]}}, ... Reading checks each member's JSON type
 * (SerializationException) and then DynamoDB's value rules (ValidationException with DynamoDB's
 * message): exactly one data type, NULL only true, numbers within 38 digits and range, sets
 * non-empty and without duplicates.
 */
final class WireValues {
  static final String EMPTY =
      "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
  static final String MORE_THAN_ONE =
      "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
          + " supported datatypes";
  static final String NULL_FALSE =
      "One or more parameter values were invalid: Null attribute value types must have the value"
          + " of true";

  /**
   * A top-level attribute is at level 1 and nothing may sit deeper than level 32
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html, "Nested
   * attribute depth"): 31 maps or lists around a scalar are accepted, 32 are not.
   */
  static final int MAX_NESTING_LEVELS = Path.MAX_DEPTH;

  /** DynamoDB's text for items and expression values alike. */
  static final String NESTING_TOO_DEEP = Nesting.ITEM_TOO_DEEP;

  /**
   * A JSON null inside a set. The text is Keyspan's: DynamoDB's answer to this is not documented.
   */
  static final String NULL_SET_MEMBER =
      "One or more parameter values were invalid: A set may not contain null";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private WireValues() {}

  // ---------------------------------------------------------------- reading

  /** An item or key: a map from attribute names to values; null when absent. */
  static Map<String, AttributeValue> item(JsonNode json) {
    return map(json, 1);
  }

  /** One attribute value, such as an expression attribute value, at the top level. */
  static AttributeValue value(JsonNode json) {
    return value(json, 1);
  }

  /** A map of attribute values at {@code level}; null when absent. */
  private static Map<String, AttributeValue> map(JsonNode json, int level) {
    Iterable<Map.Entry<String, JsonNode>> members = WireObject.entries(json);
    if (members == null) {
      return null;
    }
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : members) {
      item.put(AttributeNames.checked(member.getKey()), value(member.getValue(), level));
    }
    return item;
  }

  private static AttributeValue value(JsonNode json, int level) {
    if (level > MAX_NESTING_LEVELS) {
      throw new ValidationException(NESTING_TOO_DEEP);
    }
    if (json != null && json.isObject() && json.size() == 1) {
      AttributeValue scalar = onlyStringOrNumber(json);
      if (scalar != null) {
        return scalar;
      }
    }
    WireObject object = WireObject.structure(json);
    if (object == null) {
      throw new ValidationException(EMPTY);
    }
    List<AttributeValue> present = new ArrayList<>(1);
    try {
      readScalars(object, present);
      readDocuments(object, level, present);
      readSets(object, present);
    } catch (InvalidValueException e) {
      throw new ValidationException(e.getMessage());
    }
    if (present.isEmpty()) {
      throw new ValidationException(EMPTY);
    }
    if (present.size() > 1) {
      throw new ValidationException(MORE_THAN_ONE);
    }
    return present.get(0);
  }

  /**
   * The most common values, {@code {"S":"..."}} and {@code {"N":"..."}} alone, read directly: the
   * same value, or the same error, as the member-by-member reading below. Null for any other shape.
   */
  private static AttributeValue onlyStringOrNumber(JsonNode json) {
    try {
      JsonNode s = json.get("S");
      if (s != null) {
        return s.isTextual() ? AttributeValue.s(s.textValue()) : null;
      }
      JsonNode n = json.get("N");
      return n != null && n.isTextual() ? AttributeValue.n(n.textValue()) : null;
    } catch (InvalidValueException e) {
      throw new ValidationException(e.getMessage());
    }
  }

  private static void readScalars(WireObject object, List<AttributeValue> present) {
    String s = object.string("S");
    if (s != null) {
      present.add(AttributeValue.s(s));
    }
    String n = object.string("N");
    if (n != null) {
      present.add(AttributeValue.n(n));
    }
    if (object.has("B")) {
      present.add(AttributeValue.b(WireObject.blob(object.raw("B"))));
    }
    Boolean bool = object.bool("BOOL");
    if (bool != null) {
      present.add(AttributeValue.bool(bool));
    }
    Boolean nul = object.bool("NULL");
    if (nul != null) {
      if (!nul) {
        throw new ValidationException(NULL_FALSE);
      }
      present.add(AttributeValue.nul());
    }
  }

  private static void readDocuments(WireObject object, int level, List<AttributeValue> present) {
    List<JsonNode> list = object.list("L");
    if (list != null) {
      List<AttributeValue> values = new ArrayList<>(list.size());
      for (JsonNode element : list) {
        values.add(value(element, level + 1));
      }
      present.add(AttributeValue.l(values));
    }
    Map<String, AttributeValue> map = map(object.raw("M"), level + 1);
    if (map != null) {
      present.add(AttributeValue.m(map));
    }
  }

  private static void readSets(WireObject object, List<AttributeValue> present) {
    List<String> ss = setMembers(object.strings("SS"));
    if (ss != null) {
      present.add(AttributeValue.ss(ss));
    }
    List<String> ns = setMembers(object.strings("NS"));
    if (ns != null) {
      present.add(AttributeValue.ns(ns));
    }
    List<JsonNode> bs = object.list("BS");
    if (bs != null) {
      List<Bytes> members = new ArrayList<>(bs.size());
      for (JsonNode member : bs) {
        if (WireObject.isAbsent(member)) {
          throw new ValidationException(NULL_SET_MEMBER);
        }
        members.add(Bytes.of(WireObject.blob(member)));
      }
      present.add(AttributeValue.bs(members));
    }
  }

  private static List<String> setMembers(List<String> members) {
    if (members != null && members.contains(null)) {
      throw new ValidationException(NULL_SET_MEMBER);
    }
    return members;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Attributes are written sorted by name (String order), at every level: the engine's maps have no
   * order of their own, and the same item must read the same in every JVM.
   */
  static ObjectNode item(Map<String, AttributeValue> item) {
    ObjectNode json = JSON.objectNode();
    new TreeMap<>(item).forEach((name, value) -> json.set(name, value(value)));
    return json;
  }

  static ArrayNode items(List<Map<String, AttributeValue>> items) {
    ArrayNode json = JSON.arrayNode();
    items.forEach(item -> json.add(item(item)));
    return json;
  }

  static ObjectNode value(AttributeValue value) {
    ObjectNode json = JSON.objectNode();
    if (value instanceof AttributeValue.S s) {
      json.put("S", s.value());
    } else if (value instanceof AttributeValue.N n) {
      json.put("N", n.text());
    } else if (value instanceof AttributeValue.B b) {
      json.put("B", b.value().toBase64());
    } else if (value instanceof AttributeValue.Bool bool) {
      json.put("BOOL", bool.value());
    } else if (value instanceof AttributeValue.Null) {
      json.put("NULL", true);
    } else if (value instanceof AttributeValue.L l) {
      ArrayNode elements = json.putArray("L");
      l.values().forEach(element -> elements.add(value(element)));
    } else if (value instanceof AttributeValue.M m) {
      json.set("M", item(m.values()));
    } else if (value instanceof AttributeValue.SS ss) {
      ArrayNode members = json.putArray("SS");
      ss.values().forEach(members::add);
    } else if (value instanceof AttributeValue.NS ns) {
      ArrayNode members = json.putArray("NS");
      ns.values().forEach(member -> members.add(member.toPlainString()));
    } else if (value instanceof AttributeValue.BS bs) {
      ArrayNode members = json.putArray("BS");
      bs.values().forEach(member -> members.add(member.toBase64()));
    } else {
      throw new AssertionError("unknown attribute value type " + value.type());
    }
    return json;
  }
}
