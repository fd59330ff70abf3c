package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A GSI whose partition and sort keys are each made of several attributes, created, described,
 * updated and queried through the AWS SDK v2 (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 * dynalite and moto do not serve these keys, so there is no emulator to compare with.
 */
class MultiAttributeIndexOverSdkTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  private static final List<KeySchemaElement> BY_BRACKET =
      List.of(
          element("tournamentId", KeyType.HASH),
          element("regionId", KeyType.HASH),
          element("roundName", KeyType.RANGE),
          element("seqNo", KeyType.RANGE));

  private static KeySchemaElement element(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeDefinition definition(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(int value) {
    return AttributeValue.fromN(Integer.toString(value));
  }

  private static final List<AttributeDefinition> DEFINITIONS =
      List.of(
          definition("matchId", ScalarAttributeType.S),
          definition("tournamentId", ScalarAttributeType.S),
          definition("regionId", ScalarAttributeType.S),
          definition("roundName", ScalarAttributeType.S),
          definition("seqNo", ScalarAttributeType.N));

  private void createMatches() {
    local
        .client()
        .createTable(
            request ->
                request
                    .tableName("Matches")
                    .attributeDefinitions(DEFINITIONS)
                    .keySchema(element("matchId", KeyType.HASH))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder()
                            .indexName("ByBracket")
                            .keySchema(BY_BRACKET)
                            .projection(p -> p.projectionType(ProjectionType.ALL))
                            .build()));
  }

  private void putMatch(String id, String region, String round, int seq) {
    local
        .client()
        .putItem(
            request ->
                request
                    .tableName("Matches")
                    .item(
                        Map.of(
                            "matchId", s(id),
                            "tournamentId", s("W24"),
                            "regionId", s(region),
                            "roundName", s(round),
                            "seqNo", n(seq))));
  }

  private List<String> ids(String keyCondition, Map<String, AttributeValue> values) {
    return local.client().query(query(keyCondition, values)).items().stream()
        .map(item -> item.get("matchId").s())
        .toList();
  }

  private static QueryRequest query(String keyCondition, Map<String, AttributeValue> values) {
    return QueryRequest.builder()
        .tableName("Matches")
        .indexName("ByBracket")
        .keyConditionExpression(keyCondition)
        .expressionAttributeValues(values)
        .build();
  }

  @Test
  void createTable_thenDescribeTable_keepEveryKeyElementInOrder() {
    createMatches();
    GlobalSecondaryIndexDescription index =
        local
            .client()
            .describeTable(r -> r.tableName("Matches"))
            .table()
            .globalSecondaryIndexes()
            .get(0);
    assertThat(index.keySchema()).containsExactlyElementsIn(BY_BRACKET).inOrder();
  }

  @Test
  void updateTable_addsAMultiAttributeIndex() {
    local
        .client()
        .createTable(
            request ->
                request
                    .tableName("Matches")
                    .attributeDefinitions(DEFINITIONS.get(0))
                    .keySchema(element("matchId", KeyType.HASH))
                    .billingMode(BillingMode.PAY_PER_REQUEST));
    putMatch("m1", "EU", "FINAL", 1);
    local
        .client()
        .updateTable(
            request ->
                request
                    .tableName("Matches")
                    .attributeDefinitions(DEFINITIONS)
                    .globalSecondaryIndexUpdates(
                        update ->
                            update.create(
                                create ->
                                    create
                                        .indexName("ByBracket")
                                        .keySchema(BY_BRACKET)
                                        .projection(p -> p.projectionType(ProjectionType.ALL)))));
    assertThat(
            local
                .client()
                .describeTable(r -> r.tableName("Matches"))
                .table()
                .globalSecondaryIndexes()
                .get(0)
                .keySchema())
        .containsExactlyElementsIn(BY_BRACKET)
        .inOrder();
    assertThat(ids("tournamentId = :t AND regionId = :r", Map.of(":t", s("W24"), ":r", s("EU"))))
        .containsExactly("m1");
  }

  @Test
  void query_onEveryPartitionAttribute_andASortPrefix() {
    createMatches();
    putMatch("m3", "EU", "SEMI", 2);
    putMatch("m1", "EU", "FINAL", 9);
    putMatch("m2", "EU", "SEMI", 1);
    putMatch("u1", "US", "SEMI", 1);
    assertThat(ids("tournamentId = :t AND regionId = :r", Map.of(":t", s("W24"), ":r", s("EU"))))
        .containsExactly("m1", "m2", "m3")
        .inOrder();
    assertThat(
            ids(
                "tournamentId = :t AND regionId = :r AND roundName = :round AND seqNo > :seq",
                Map.of(":t", s("W24"), ":r", s("EU"), ":round", s("SEMI"), ":seq", n(1))))
        .containsExactly("m3");
  }

  @Test
  void brokenQueryRules_areValidationErrors() {
    createMatches();
    DynamoDbException missing =
        assertThrows(
            DynamoDbException.class, () -> ids("tournamentId = :t", Map.of(":t", s("W24"))));
    assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(missing.awsErrorDetails().errorMessage())
        .isEqualTo("Query condition missed key schema element: regionId");
    DynamoDbException skipped =
        assertThrows(
            DynamoDbException.class,
            () ->
                ids(
                    "tournamentId = :t AND regionId = :r AND seqNo = :seq",
                    Map.of(":t", s("W24"), ":r", s("EU"), ":seq", n(1))));
    assertThat(skipped.awsErrorDetails().errorMessage())
        .isEqualTo("Query condition missed key schema element: roundName");
  }

  @Test
  void gsiKeySchemaOfNineElements_failsTheLengthConstraint() {
    List<KeySchemaElement> nine = new ArrayList<>(BY_BRACKET);
    for (String name : List.of("a1", "a2", "a3", "a4", "a5")) {
      nine.add(element(name, KeyType.RANGE));
    }
    DynamoDbException error =
        assertThrows(
            DynamoDbException.class,
            () ->
                local
                    .client()
                    .createTable(
                        request ->
                            request
                                .tableName("Matches")
                                .attributeDefinitions(DEFINITIONS)
                                .keySchema(element("matchId", KeyType.HASH))
                                .billingMode(BillingMode.PAY_PER_REQUEST)
                                .globalSecondaryIndexes(
                                    GlobalSecondaryIndex.builder()
                                        .indexName("ByBracket")
                                        .keySchema(nine)
                                        .projection(p -> p.projectionType(ProjectionType.ALL))
                                        .build())));
    assertThat(error.awsErrorDetails().errorMessage())
        .contains(
            "at 'globalSecondaryIndexes.1.member.keySchema' failed to satisfy constraint: Member"
                + " must have length less than or equal to 8");
    assertThat(local.client().listTables().tableNames()).isEmpty();
  }

  @Test
  void keyConditions_legacyParameter_servesTheSameRules() {
    createMatches();
    putMatch("m1", "EU", "FINAL", 9);
    putMatch("m2", "EU", "SEMI", 1);
    var page =
        local
            .client()
            .query(
                request ->
                    request
                        .tableName("Matches")
                        .indexName("ByBracket")
                        .keyConditions(
                            Map.of(
                                "tournamentId",
                                eq(s("W24")),
                                "regionId",
                                eq(s("EU")),
                                "roundName",
                                eq(s("SEMI")))));
    assertThat(page.items().stream().map(item -> item.get("matchId").s()).toList())
        .containsExactly("m2");
  }

  private static software.amazon.awssdk.services.dynamodb.model.Condition eq(AttributeValue value) {
    return software.amazon.awssdk.services.dynamodb.model.Condition.builder()
        .comparisonOperator("EQ")
        .attributeValueList(value)
        .build();
  }
}
