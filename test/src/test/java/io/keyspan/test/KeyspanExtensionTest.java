package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.Capacity;
import io.keyspan.engine.DescribeTimeToLiveRequest;
import io.keyspan.repository.CapacityMeter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code @KeyspanTest}: tables created, every supported type filled in, one engine per method. */
@KeyspanTest(tables = {User.class, Session.class})
class KeyspanExtensionTest {
  private Keyspan keyspan;
  private UserRepository users;
  private DynamoDbClient dynamo;
  private TestClock preset = TestClock.at(Instant.EPOCH);

  @Test
  void theTablesAreCreated_fromTheGeneratedSchemas(Keyspan db) {
    assertThat(
            db.engine()
                .listTables(new io.keyspan.engine.ListTablesRequest(null, null))
                .tableNames())
        .containsExactly("Sessions", "Users")
        .inOrder();
    assertThat(
            db.engine()
                .describeTimeToLive(new DescribeTimeToLiveRequest("Sessions"))
                .attributeName())
        .isEqualTo("ExpiresAt");
  }

  @Test
  void fieldsAndParameters_shareOneEngine(
      Keyspan db,
      UserRepository repository,
      UserQueries queries,
      DynamoDbClient client,
      DynamoDbAsyncClient async,
      TestClock clock,
      Faults faults,
      CapacityMeter meter) {
    assertThat(db).isSameInstanceAs(keyspan);
    assertThat(repository).isSameInstanceAs(users);
    assertThat(client).isSameInstanceAs(dynamo);

    users.put(User.of("u1", "Ann"));

    assertThat(queries.byEmail("u1@example.org")).hasSize(1);
    assertThat(
            client
                .getItem(
                    b -> b.tableName("Users").key(Map.of("UserID", AttributeValue.fromS("u1"))))
                .item()
                .get("Name")
                .s())
        .isEqualTo("Ann");
    assertThat(async.scan(b -> b.tableName("Users")).join().count()).isEqualTo(1);
    assertThat(users.get("u1").orElseThrow().createdAt()).isEqualTo(clock.instant());
    assertThat(faults.calls(Operation.PUT_ITEM)).isEqualTo(1);
    assertThat(meter.take()).isNotEqualTo(Capacity.ZERO);
  }

  // The two tests below write the same key; each sees only its own item, in whichever order they
  // run.
  @Test
  void eachMethod_startsEmpty_a() {
    assertThat(users.scan().list()).isEmpty();
    users.put(User.of("same", "A"));
    assertThat(users.scan().list()).hasSize(1);
  }

  @Test
  void eachMethod_startsEmpty_b() {
    assertThat(users.scan().list()).isEmpty();
    users.put(User.of("same", "B"));
    assertThat(users.scan().list()).hasSize(1);
  }

  @Test
  void aFieldTheTestSetItself_isLeftAlone(TestClock injected) {
    assertThat(preset.instant()).isEqualTo(Instant.EPOCH);
    assertThat(injected).isNotSameInstanceAs(preset);
  }

  @Nested
  class NestedTests {
    private TestClock clock;

    @Test
    void nestedClasses_getTheSameEngineAsTheirOuterInstance(Keyspan db) {
      assertThat(db).isSameInstanceAs(keyspan);
      assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START);
    }
  }
}
