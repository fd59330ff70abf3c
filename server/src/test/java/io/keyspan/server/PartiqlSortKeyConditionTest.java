package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A SELECT that fixes the partition key is a Query, and a WHERE term on the sort key becomes the
 * Query's key condition: Limit then counts only the items in range, as it does for DynamoDB's own
 * Query. Were the term a filter, Limit would count the partition's first items and the page could
 * be empty (Developer Guide, Query: "Limit" is applied before the filter).
 */
class PartiqlSortKeyConditionTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  @BeforeEach
  void start() {
    createTable("Scores", ScalarAttributeType.N);
    createTable("Events", ScalarAttributeType.S);
    for (int i = 1; i <= 10; i++) {
      String score = Integer.toString(i);
      local
          .client()
          .putItem(
              put ->
                  put.tableName("Scores")
                      .item(Map.of("pk", s("a"), "sk", AttributeValue.fromN(score))));
    }
    for (String month : List.of("2024-01", "2024-02", "2025-01", "2025-02")) {
      local
          .client()
          .putItem(put -> put.tableName("Events").item(Map.of("pk", s("a"), "sk", s(month))));
    }
  }

  private void createTable(String name, ScalarAttributeType sortKeyType) {
    local
        .client()
        .createTable(
            create ->
                create
                    .tableName(name)
                    .attributeDefinitions(
                        a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(sortKeyType))
                    .keySchema(
                        k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                    .billingMode(BillingMode.PAY_PER_REQUEST));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private List<String> sortKeys(String statement, int limit) {
    return local
        .client()
        .executeStatement(request -> request.statement(statement).limit(limit))
        .items()
        .stream()
        .map(item -> item.get("sk").n() != null ? item.get("sk").n() : item.get("sk").s())
        .toList();
  }

  @Test
  void aComparisonOnTheSortKey_isTheKeyCondition() {
    assertThat(sortKeys("SELECT * FROM \"Scores\" WHERE pk = 'a' AND sk > 7", 2))
        .containsExactly("8", "9")
        .inOrder();
  }

  @Test
  void aComparisonWrittenTheOtherWayRound_isTurned() {
    assertThat(sortKeys("SELECT * FROM \"Scores\" WHERE 7 >= sk AND pk = 'a'", 2))
        .containsExactly("1", "2")
        .inOrder();
    assertThat(sortKeys("SELECT * FROM \"Scores\" WHERE 7 < sk AND pk = 'a'", 2))
        .containsExactly("8", "9")
        .inOrder();
  }

  @Test
  void betweenOnTheSortKey_isTheKeyCondition() {
    assertThat(sortKeys("SELECT * FROM \"Scores\" WHERE pk = 'a' AND sk BETWEEN 4 AND 6", 3))
        .containsExactly("4", "5", "6")
        .inOrder();
  }

  @Test
  void beginsWithOnAStringSortKey_isTheKeyCondition() {
    assertThat(sortKeys("SELECT * FROM \"Events\" WHERE pk = 'a' AND begins_with(sk, '2025')", 1))
        .containsExactly("2025-01");
  }

  @Test
  void aConstantOfAnotherTypeThanTheKey_isAConditionThatMatchesNothing() {
    assertThat(sortKeys("SELECT * FROM \"Scores\" WHERE pk = 'a' AND sk > '7'", 10)).isEmpty();
  }

  @Test
  void aSortKeyTermNoKeyConditionCanHold_stillSelects_andLimitCountsTheItemsRead() {
    // <> is no key condition, and a Query's filter may not read a key attribute; PartiQL takes it.
    assertThat(sortKeys("SELECT * FROM \"Scores\" WHERE pk = 'a' AND sk <> 1", 2))
        .containsExactly("2");
    assertThat(sortKeys("SELECT sk FROM \"Scores\" WHERE pk = 'a' AND (sk = 1 OR sk = 10)", 10))
        .containsExactly("1", "10")
        .inOrder();
  }
}
