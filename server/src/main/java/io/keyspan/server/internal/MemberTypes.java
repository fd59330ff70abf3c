package io.keyspan.server.internal;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The JSON type of every top-level request member the server reads, checked before anything is
 * validated: DynamoDB deserializes a whole request before it checks a constraint, so a member of
 * the wrong JSON type (a boolean where a string belongs, an object where a list belongs) is a
 * SerializationException even when another member breaks a constraint (dynalite
 * validations/index.js checkTypes, run before checkValidations). Each member has one type in every
 * operation that has it. Nested values are checked as they are read.
 */
final class MemberTypes {
  private MemberTypes() {}

  private static final BiConsumer<WireObject, String> STRING = WireObject::string;
  private static final BiConsumer<WireObject, String> INTEGER = WireObject::integer;
  private static final BiConsumer<WireObject, String> BOOLEAN = WireObject::bool;
  private static final BiConsumer<WireObject, String> LIST = WireObject::list;
  private static final BiConsumer<WireObject, String> MAP = WireObject::map;
  private static final BiConsumer<WireObject, String> STRUCTURE = WireObject::object;

  private static final Map<String, BiConsumer<WireObject, String>> BY_MEMBER =
      Map.ofEntries(
          Map.entry("TableName", STRING),
          Map.entry("IndexName", STRING),
          Map.entry("Select", STRING),
          Map.entry("ReturnValues", STRING),
          Map.entry("ReturnConsumedCapacity", STRING),
          Map.entry("ReturnItemCollectionMetrics", STRING),
          Map.entry("ReturnValuesOnConditionCheckFailure", STRING),
          Map.entry("ConditionalOperator", STRING),
          Map.entry("ConditionExpression", STRING),
          Map.entry("UpdateExpression", STRING),
          Map.entry("ProjectionExpression", STRING),
          Map.entry("FilterExpression", STRING),
          Map.entry("KeyConditionExpression", STRING),
          Map.entry("ClientRequestToken", STRING),
          Map.entry("ExclusiveStartTableName", STRING),
          Map.entry("BillingMode", STRING),
          Map.entry("ResourceArn", STRING),
          Map.entry("NextToken", STRING),
          Map.entry("Statement", STRING),
          Map.entry("Limit", INTEGER),
          Map.entry("Segment", INTEGER),
          Map.entry("TotalSegments", INTEGER),
          Map.entry("ConsistentRead", BOOLEAN),
          Map.entry("ScanIndexForward", BOOLEAN),
          Map.entry("Item", MAP),
          Map.entry("Key", MAP),
          Map.entry("ExclusiveStartKey", MAP),
          Map.entry("Expected", MAP),
          Map.entry("AttributeUpdates", MAP),
          Map.entry("KeyConditions", MAP),
          Map.entry("QueryFilter", MAP),
          Map.entry("ScanFilter", MAP),
          Map.entry("ExpressionAttributeNames", MAP),
          Map.entry("ExpressionAttributeValues", MAP),
          Map.entry("RequestItems", MAP),
          Map.entry("AttributesToGet", LIST),
          Map.entry("TransactItems", LIST),
          Map.entry("AttributeDefinitions", LIST),
          Map.entry("KeySchema", LIST),
          Map.entry("GlobalSecondaryIndexes", LIST),
          Map.entry("LocalSecondaryIndexes", LIST),
          Map.entry("GlobalSecondaryIndexUpdates", LIST),
          Map.entry("Tags", LIST),
          Map.entry("TagKeys", LIST),
          Map.entry("Parameters", LIST),
          Map.entry("Statements", LIST),
          Map.entry("TransactStatements", LIST),
          Map.entry("ProvisionedThroughput", STRUCTURE),
          Map.entry("StreamSpecification", STRUCTURE),
          Map.entry("TimeToLiveSpecification", STRUCTURE));

  /** Throws the SerializationException of the first member, in request order, of a wrong type. */
  static void check(WireObject request) {
    for (String member : request.memberNames()) {
      BiConsumer<WireObject, String> reader = BY_MEMBER.get(member);
      if (reader != null) {
        reader.accept(request, member);
      }
    }
  }
}
