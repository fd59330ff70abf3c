package io.keyspan.dynamodb.migration;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.value.AttributeValue;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The items the SDK v1 DynamoDBMapper writes, as its documentation gives them: {@code Date} as
 * ISO-8601 text with milliseconds in UTC, booleans as the numbers 1 and 0 (its default conversion
 * schemas). Keyspan reads them into {@code Instant} and {@code boolean}, and writes the same.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBMapper.DataTypes.html">DynamoDBMapper's
 *     data types</a>
 * @see <a
 *     href="https://docs.aws.amazon.com/AWSJavaSDK/latest/javadoc/com/amazonaws/services/dynamodbv2/datamodeling/DynamoDBConvertedBool.html">booleans
 *     as 1 and 0</a>
 */
class DynamoDbMapperFormsTest {
  private final Keyspan db = Keyspan.inMemory();
  private final AccountRepository accounts = new AccountRepository(db);

  @BeforeEach
  void createTable() {
    accounts.createTable();
  }

  private static Map<String, AttributeValue> mapperItem(
      String id, String createdAt, int active, int archived) {
    return Map.of(
        "id",
        AttributeValue.s(id),
        "createdAt",
        AttributeValue.s(createdAt),
        "active",
        AttributeValue.n(active),
        "archived",
        AttributeValue.n(archived));
  }

  @Test
  void keyspanReadsTheMappersItems() {
    db.engine()
        .putItem(
            PutItemRequest.builder("Accounts", mapperItem("a-1", "2024-05-01T12:00:00.123Z", 1, 0))
                .build());

    assertThat(accounts.get("a-1"))
        .hasValue(new Account("a-1", Instant.parse("2024-05-01T12:00:00.123Z"), true, false));
  }

  @Test
  void keyspanWritesTheMappersForms_andFiltersOnThem() {
    accounts.put(new Account("a-2", Instant.parse("2024-05-01T12:00:00.123456Z"), true, false));
    db.engine()
        .putItem(
            PutItemRequest.builder("Accounts", mapperItem("a-3", "2024-05-01T13:00:00.000Z", 0, 1))
                .build());

    Map<String, AttributeValue> stored =
        db.engine()
            .getItem(
                GetItemRequest.builder("Accounts", Map.of("id", AttributeValue.s("a-2"))).build())
            .item();
    assertThat(stored).isEqualTo(mapperItem("a-2", "2024-05-01T12:00:00.123Z", 1, 0));
    assertThat(
            accounts.scan().filter(AccountSchema.ACTIVE.eq(true)).list().stream()
                .map(Account::id)
                .toList())
        .containsExactly("a-2");
    assertThat(
            db.repository(AccountQueries.class).withActive(false).stream()
                .map(Account::id)
                .toList())
        .containsExactly("a-3");
  }
}
