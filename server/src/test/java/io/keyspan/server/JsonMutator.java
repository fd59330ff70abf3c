package io.keyspan.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded mutations of a valid request's JSON, as a hostile client would send them: a value of the
 * wrong JSON type, null, a huge value, deep nesting, a member removed or added, an odd string, an
 * element repeated. The same seed always gives the same mutants.
 */
final class JsonMutator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] ODD_STRINGS = {
    "",
    " ",
    "#",
    ":",
    ":v",
    "#a",
    "a.b",
    "a[0]",
    "a[99999999999]",
    "Thing",
    "SELECT",
    "ALL_OLD",
    "COUNT",
    "é",
    "\u0000",
    "\uD83D\uDE00",
    "\uFFFF",
    "size(",
    "((((((((",
    "a = :v",
    "attribute_exists(#zz)",
    "SET a = :zz",
    "REMOVE",
    "1E+126",
    "-0",
    "NaN",
    "AAAA",
    "A===",
    "x".repeat(300),
    "Things\n",
    "p = :v AND s BETWEEN :v AND :v",
  };
  private static final String[] MEMBER_NAMES = {
    "TableName",
    "Item",
    "Key",
    "ExpressionAttributeNames",
    "ExpressionAttributeValues",
    "ConditionExpression",
    "UpdateExpression",
    "ProjectionExpression",
    "FilterExpression",
    "KeyConditionExpression",
    "Limit",
    "ExclusiveStartKey",
    "Segment",
    "TotalSegments",
    "Select",
    "ReturnValues",
    "IndexName",
    "S",
    "N",
    "B",
    "SS",
    "NS",
    "BS",
    "M",
    "L",
    "NULL",
    "BOOL",
    "Expected",
    "AttributesToGet",
    "ReturnConsumedCapacity",
    "zz",
    "",
  };

  private final Random random;

  JsonMutator(long seed) {
    this.random = new Random(seed);
  }

  /** A mutant of {@code valid}, which stays unchanged: one to three mutations of its copy. */
  JsonNode mutate(JsonNode valid) {
    JsonNode mutant = valid.deepCopy();
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      mutant = mutateOnce(mutant);
    }
    return mutant;
  }

  private JsonNode mutateOnce(JsonNode root) {
    List<Location> locations = new ArrayList<>();
    collect(root, locations);
    if (locations.isEmpty()) {
      return root;
    }
    Location location = locations.get(random.nextInt(locations.size()));
    switch (random.nextInt(8)) {
      case 0 -> location.replace(wrongType());
      case 1 -> location.replace(JSON.nullNode());
      case 2 -> location.replace(huge());
      case 3 -> location.replace(deep());
      case 4 -> location.remove();
      case 5 -> location.addSibling(pick(MEMBER_NAMES), random.nextBoolean() ? wrongType() : odd());
      case 6 -> location.replace(odd());
      default -> location.repeat(1 + random.nextInt(120));
    }
    return root;
  }

  private JsonNode wrongType() {
    List<Supplier<JsonNode>> values =
        List.of(
            () -> JSON.booleanNode(true),
            () -> JSON.numberNode(0),
            () -> JSON.numberNode(-1),
            () -> JSON.numberNode(1.5),
            () -> JSON.numberNode(2_147_483_648L),
            () -> JSON.numberNode(1e300),
            () -> JSON.numberNode(BigInteger.TEN.pow(30)),
            () -> JSON.textNode("x"),
            JSON::arrayNode,
            JSON::objectNode,
            () -> JSON.arrayNode().addNull(),
            () -> JSON.objectNode().putNull("S"),
            () -> JSON.objectNode().set("SS", JSON.arrayNode().add("a").addNull()),
            () -> JSON.objectNode().set("BS", JSON.arrayNode().addNull()),
            () -> JSON.objectNode().set("M", JSON.objectNode().putNull("a")),
            () -> JSON.objectNode().set("L", JSON.arrayNode().addNull()),
            () -> JSON.objectNode().put("S", "x").put("N", "1"),
            () -> JSON.objectNode().put("NULL", false));
    return values.get(random.nextInt(values.size())).get();
  }

  private JsonNode huge() {
    return switch (random.nextInt(6)) {
      case 0 -> JSON.textNode("x".repeat(70_000));
      case 1 -> JSON.textNode("1" + "0".repeat(100_000));
      case 2 -> JSON.objectNode().put("N", "9".repeat(20_000));
      case 3 -> {
        ArrayNode many = JSON.arrayNode();
        for (int i = 0; i < 1_000; i++) {
          many.addObject().put("S", "v" + i);
        }
        yield many;
      }
      case 4 -> {
        ObjectNode many = JSON.objectNode();
        for (int i = 0; i < 1_000; i++) {
          many.putObject("a" + i).put("N", Integer.toString(i));
        }
        yield many;
      }
      default -> JSON.objectNode().put("B", "QUFB".repeat(50_000) + "=");
    };
  }

  private JsonNode deep() {
    int depth = 30 + random.nextInt(400);
    JsonNode value = JSON.objectNode().put("S", "leaf");
    for (int i = 0; i < depth; i++) {
      value =
          switch (random.nextInt(3)) {
            case 0 -> JSON.objectNode().set("M", JSON.objectNode().set("m", value));
            case 1 -> JSON.objectNode().set("L", JSON.arrayNode().add(value));
            default -> JSON.arrayNode().add(value);
          };
    }
    return value;
  }

  private JsonNode odd() {
    return JSON.textNode(pick(ODD_STRINGS));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Every member and element of the tree, in document order. */
  private static void collect(JsonNode node, List<Location> locations) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        locations.add(new Location(object, name, -1));
        collect(object.get(name), locations);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        locations.add(new Location(array, null, i));
        collect(array.get(i), locations);
      }
    }
  }

  /** A member of an object (name) or an element of an array (index). */
  private record Location(JsonNode parent, String name, int index) {
    void replace(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode object) {
        object.remove(name);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }

    void addSibling(String member, JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(member, value);
      } else {
        ((ArrayNode) parent).add(value);
      }
    }

    void repeat(int copies) {
      JsonNode value = parent instanceof ObjectNode object ? object.get(name) : parent.get(index);
      if (parent instanceof ArrayNode array) {
        for (int i = 0; i < copies; i++) {
          array.add(value.deepCopy());
        }
      } else {
        ObjectNode object = (ObjectNode) parent;
        for (int i = 0; i < copies; i++) {
          object.set(name + i, value.deepCopy());
        }
      }
    }
  }
}
