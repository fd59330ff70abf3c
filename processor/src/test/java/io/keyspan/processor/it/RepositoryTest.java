package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.UpdateTimeToLiveRequest;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.exception.InvalidCursorException;
import io.keyspan.repository.Explanation;
import io.keyspan.repository.WriteTransaction;
import io.keyspan.value.AttributeValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated repositories: the requests they send, planned attributes, explain(), injection. */
class RepositoryTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  private final RecordingEngine recording = new RecordingEngine();
  private final Keyspan db =
      Keyspan.builder()
          .engine(recording.engine)
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .tableNamePrefix("test_")
          .build();
  private final AccountRepository accounts = new AccountRepository(db);

  private static Account account(Long version) {
    return new Account(
        "alice",
        "main",
        "a@x.io",
        10,
        Set.of("vip"),
        List.of(1),
        null,
        version,
        7L,
        null,
        null,
        Instant.ofEpochSecond(1_900_000_000L));
  }

  @Test
  void createTable_declaresKeysIndexCapacityAndTimeToLive() {
    accounts.createTable();
    CreateTableRequest create = (CreateTableRequest) recording.requests.get(0);
    assertThat(create.tableName()).isEqualTo("test_Accounts");
    assertThat(create.billingMode()).isEqualTo(BillingMode.PROVISIONED);
    assertThat(create.provisionedThroughput().readCapacityUnits()).isEqualTo(10);
    assertThat(create.keySchema().get(0).attributeName()).isEqualTo("Owner");
    assertThat(create.keySchema().get(1).attributeName()).isEqualTo("Name");
    assertThat(create.globalSecondaryIndexes().get(0).indexName()).isEqualTo("ByEmail");
    assertThat(create.globalSecondaryIndexes().get(0).projection().projectionType())
        .isEqualTo(ProjectionType.KEYS_ONLY);
    assertThat(recording.requests.get(1))
        .isEqualTo(new UpdateTimeToLiveRequest("test_Accounts", "ExpiresAt", true));
  }

  @Test
  void putOfNewVersionedItem_requiresAbsence_andStoresVersionOneCounterStartAndTimestamps() {
    Account stored = accounts.put(account(null));
    PutItemRequest put = (PutItemRequest) recording.requests.get(0);
    assertThat(put.options().condition().toString()).contains("AttributeNotExists");
    assertThat(put.item().get("Version")).isEqualTo(AttributeValue.n(1));
    assertThat(put.item().get("Visits")).isEqualTo(AttributeValue.n(100));
    assertThat(put.item().get("CreatedAt"))
        .isEqualTo(AttributeValue.s("2026-01-02T03:04:05.000000000Z"));
    assertThat(put.item().get("ExpiresAt")).isEqualTo(AttributeValue.n(1_900_000_000L));
    assertThat(stored.version()).isEqualTo(1L);
    assertThat(stored.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void putOfReadItem_requiresItsVersion_andStoresTheNext() {
    Explanation explanation = accounts.putOperation(account(3L)).explain();
    assertThat(explanation.expression("ConditionExpression")).isPresent();
    assertThat(explanation.values().values()).contains(AttributeValue.n(3));
    assertThat(((PutItemRequest) explanation.request()).item().get("Version"))
        .isEqualTo(AttributeValue.n(4));
  }

  @Test
  void update_explain_rendersTypedActionsWithPlannedAttributes() {
    Explanation explanation =
        accounts
            .update("alice", "main")
            .set(AccountSchema.EMAIL, "b@x.io")
            .add(AccountSchema.BALANCE, 5L)
            .add(AccountSchema.TAGS, Set.of("new"))
            .delete(AccountSchema.TAGS, Set.of("old"))
            .append(AccountSchema.HISTORY, List.of(2))
            .remove(AccountSchema.ADDRESS)
            .when(AccountSchema.BALANCE.ge(0L))
            .expectVersion(3)
            .explain();
    assertThat(explanation.operation()).isEqualTo("UpdateItem");
    String update = explanation.expression("UpdateExpression").orElseThrow();
    assertThat(update).startsWith("SET ");
    assertThat(update).contains("list_append(if_not_exists(");
    assertThat(update).contains(" ADD ");
    assertThat(update).contains(" DELETE ");
    assertThat(update).contains(" REMOVE ");
    assertThat(explanation.names().values()).contains("Visits");
    assertThat(explanation.names().values()).contains("UpdatedAt");
    assertThat(explanation.expression("ConditionExpression").orElseThrow()).contains(" AND ");
    assertThat(recording.requests).isEmpty();
  }

  @Test
  void queryByIndex_explain_namesTheIndexAndKeyCondition() {
    Explanation explanation =
        accounts
            .queryByEmail("a@x.io")
            .filter(AccountSchema.BALANCE.gt(1L))
            .project(AccountSchema.OWNER, AccountSchema.NAME)
            .pageSize(10)
            .explain();
    assertThat(explanation.indexName()).hasValue("ByEmail");
    assertThat(explanation.expression("KeyConditionExpression")).isPresent();
    assertThat(explanation.expression("FilterExpression")).isPresent();
    assertThat(explanation.expression("ProjectionExpression")).isPresent();
    assertThat(((QueryRequest) explanation.request()).limit()).isEqualTo(10);
  }

  @Test
  void query_sortKeyCondition_becomesAKeyConditionTerm() {
    QueryRequest request =
        accounts.query("alice").sortKey(name -> name.beginsWith("ma")).descending().request();
    assertThat(request.keyCondition().terms()).hasSize(2);
    assertThat(request.scanIndexForward()).isFalse();
  }

  @Test
  void cursorOfAnotherQuery_isRejectedWithAClearError() {
    String cursor =
        new io.keyspan.repository.Page<Account>(List.of(), java.util.Optional.empty())
            .cursor()
            .orElse(null);
    assertThat(cursor).isNull();
    InvalidCursorException malformed =
        assertThrows(
            InvalidCursorException.class,
            () -> accounts.query("alice").startAfter("not-a-cursor").request());
    assertThat(malformed).hasMessageThat().startsWith("Malformed cursor");
  }

  @Test
  void transaction_collectsActionsOfRepositories() {
    WriteTransaction transaction =
        WriteTransaction.of(db)
            .add(accounts.putOperation(account(null)))
            .add(accounts.update("bob", "main").add(AccountSchema.BALANCE, 1L))
            .add(accounts.deleteOperation("carol", "main"))
            .add(
                accounts.conditionCheck(
                    accounts.key("dave", "main"), AccountSchema.BALANCE.gt(0L)));
    assertThat(transaction.request().transactItems()).hasSize(4);
    transaction.execute();
    assertThat(recording.requests).hasSize(1);
  }

  @Test
  void daggerComponent_injectsTheGeneratedRepository_asSingleton() {
    AccountComponent component =
        DaggerAccountComponent.builder()
            .keyspanModule(new AccountComponent.KeyspanModule(db))
            .build();
    AccountRepository injected = component.accounts();
    assertThat(injected.tableName()).isEqualTo("test_Accounts");
    assertThat(component.accounts()).isSameInstanceAs(injected);
  }
}
