package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON type of every member of a request, at every depth, checked before anything is validated:
 * DynamoDB deserializes a whole request into its input shape before it checks a constraint, so a
 * member of the wrong JSON type (a boolean where a string belongs, an object where a list belongs,
 * a number in an attribute value's string set) is a SerializationException even when another member
 * breaks a constraint or names a table that does not exist. The first mismatch in document order
 * wins, as in a deserializer reading the body front to back.
 *
 * <p>Shapes follow the API reference's data types
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Types_Amazon_DynamoDB.html).
 * A member name has one shape in every structure that has it, with two exceptions: a tag's {@code
 * Key} and {@code Value} are strings, and {@code RequestItems} maps table names to one structure in
 * BatchGetItem but to a list of them in BatchWriteItem. Members the server does not read are
 * ignored, as DynamoDB ignores unknown members.
 */
final class RequestShapes {
  private RequestShapes() {}

  /** A member's shape: throws the SerializationException of its first mismatch. */
  @FunctionalInterface
  private interface Shape {
    void check(JsonNode presentValue);
  }

  private static final Shape STRING = WireObject::string;
  private static final Shape INTEGER = WireObject::integer;
  private static final Shape LONG = WireObject::longInteger;
  private static final Shape BOOLEAN = WireObject::bool;
  private static final Shape BLOB = WireObject::blob;

  // Method references, so the recursive shapes can name each other before they are built.
  private static final Shape ATTRIBUTE_VALUE = value -> attributeValueShape().check(value);
  private static final Shape NESTED_STRUCTURE = value -> nestedStructureShape().check(value);

  private static final Shape ATTRIBUTE_MAP = mapOf(ATTRIBUTE_VALUE);

  private static final Shape ATTRIBUTE_VALUE_STRUCTURE =
      structure(
          Map.of(
              "S", STRING,
              "N", STRING,
              "B", BLOB,
              "BOOL", BOOLEAN,
              "NULL", BOOLEAN,
              "SS", listOf(STRING),
              "NS", listOf(STRING),
              "BS", listOf(BLOB),
              "L", listOf(ATTRIBUTE_VALUE),
              "M", ATTRIBUTE_MAP));

  /** Every member name the server reads in a request or in a structure nested in one. */
  private static final Map<String, Shape> MEMBERS = members();

  private static final Shape MEMBERS_STRUCTURE = structure(MEMBERS);

  private static final Shape BATCH_WRITE_REQUEST =
      structure(with(MEMBERS, "RequestItems", mapOf(listOf(NESTED_STRUCTURE))));

  /**
   * Throws the SerializationException of the first member of {@code request}, in document order,
   * whose JSON type does not fit the shape of {@code operation}'s input.
   */
  static void check(String operation, JsonNode request) {
    (operation.equals("BatchWriteItem") ? BATCH_WRITE_REQUEST : MEMBERS_STRUCTURE).check(request);
  }

  private static Shape attributeValueShape() {
    return ATTRIBUTE_VALUE_STRUCTURE;
  }

  private static Shape nestedStructureShape() {
    return MEMBERS_STRUCTURE;
  }

  private static Map<String, Shape> members() {
    Map<String, Shape> members = new HashMap<>();
    put(
        members,
        STRING,
        "TableName",
        "IndexName",
        "Select",
        "ReturnValues",
        "ReturnConsumedCapacity",
        "ReturnItemCollectionMetrics",
        "ReturnValuesOnConditionCheckFailure",
        "ConditionalOperator",
        "ConditionExpression",
        "UpdateExpression",
        "ProjectionExpression",
        "FilterExpression",
        "KeyConditionExpression",
        "ClientRequestToken",
        "ExclusiveStartTableName",
        "BillingMode",
        "ResourceArn",
        "NextToken",
        "Statement",
        "AttributeName",
        "AttributeType",
        "KeyType",
        "ProjectionType",
        "StreamViewType",
        "ComparisonOperator",
        "Action");
    put(members, INTEGER, "Limit", "Segment", "TotalSegments");
    put(members, LONG, "ReadCapacityUnits", "WriteCapacityUnits");
    put(
        members,
        BOOLEAN,
        "ConsistentRead",
        "ScanIndexForward",
        "Exists",
        "Enabled",
        "StreamEnabled");
    put(members, ATTRIBUTE_MAP, "Item", "Key", "ExclusiveStartKey", "ExpressionAttributeValues");
    put(members, ATTRIBUTE_VALUE, "Value");
    put(members, listOf(ATTRIBUTE_MAP), "Keys");
    put(members, listOf(ATTRIBUTE_VALUE), "AttributeValueList", "Parameters");
    put(members, mapOf(STRING), "ExpressionAttributeNames");
    put(
        members,
        mapOf(NESTED_STRUCTURE),
        "Expected",
        "AttributeUpdates",
        "KeyConditions",
        "QueryFilter",
        "ScanFilter",
        "RequestItems");
    put(members, listOf(STRING), "AttributesToGet", "TagKeys", "NonKeyAttributes");
    put(
        members,
        listOf(NESTED_STRUCTURE),
        "AttributeDefinitions",
        "KeySchema",
        "GlobalSecondaryIndexes",
        "LocalSecondaryIndexes",
        "GlobalSecondaryIndexUpdates",
        "TransactItems",
        "Statements",
        "TransactStatements");
    put(members, listOf(structure(Map.of("Key", STRING, "Value", STRING))), "Tags");
    put(
        members,
        NESTED_STRUCTURE,
        "ProvisionedThroughput",
        "StreamSpecification",
        "TimeToLiveSpecification",
        "Projection",
        "Put",
        "Delete",
        "Update",
        "ConditionCheck",
        "Get",
        "Create",
        "PutRequest",
        "DeleteRequest");
    return Map.copyOf(members);
  }

  private static void put(Map<String, Shape> members, Shape shape, String... names) {
    for (String name : names) {
      members.put(name, shape);
    }
  }

  private static Map<String, Shape> with(Map<String, Shape> members, String name, Shape shape) {
    Map<String, Shape> changed = new HashMap<>(members);
    changed.put(name, shape);
    return Map.copyOf(changed);
  }

  private static Shape listOf(Shape element) {
    return value -> {
      for (JsonNode member : WireObject.list(value)) {
        checkPresent(element, member);
      }
    };
  }

  private static Shape mapOf(Shape entry) {
    return value -> {
      for (Map.Entry<String, JsonNode> member : WireObject.entries(value)) {
        checkPresent(entry, member.getValue());
      }
    };
  }

  /** A structure whose members, where {@code members} knows them, have their shapes. */
  private static Shape structure(Map<String, Shape> members) {
    return value -> {
      WireObject.structure(value);
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        Shape shape = members.get(member.getKey());
        if (shape != null) {
          checkPresent(shape, member.getValue());
        }
      }
    };
  }

  private static void checkPresent(Shape shape, JsonNode value) {
    if (!WireObject.isAbsent(value)) {
      shape.check(value);
    }
  }
}
