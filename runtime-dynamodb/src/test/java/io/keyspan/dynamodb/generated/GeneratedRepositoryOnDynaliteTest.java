package io.keyspan.dynamodb.generated;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.dynamodb.DynamoDbEngine;
import io.keyspan.dynamodb.emulator.Emulators;
import io.keyspan.engine.DeleteTableRequest;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, unchanged, on {@code dynamodb:http://127.0.0.1:<port>} against
 * dynalite: a generated repository needs nothing engine-specific.
 */
@Tag("emulators")
class GeneratedRepositoryOnDynaliteTest {

  @Test
  void readmeQuickStart_runsOnTheSdkEngine() {
    try (Keyspan db =
        Keyspan.builder()
            .uri(Emulators.dynalite().engineUri())
            .tableNamePrefix("generated_" + System.nanoTime() + "_")
            .build()) {
      assertThat(db.engine()).isInstanceOf(DynamoDbEngine.class);
      UserRepository users = new UserRepository(db);
      users.createTable();

      users.put(new User("123", "Alice", 25, "alice@email.com"));
      users.put(new User("456", "Bob", 31, "bob@email.com"));
      Optional<User> alice = users.get("123");
      users.update("123").set(UserSchema.AGE, 26).execute();

      assertThat(alice).hasValue(new User("123", "Alice", 25, "alice@email.com"));
      assertThat(users.query("123").list())
          .containsExactly(new User("123", "Alice", 26, "alice@email.com"));
      assertThat(users.scan().filter(UserSchema.AGE.gt(25)).list())
          .containsExactly(
              new User("123", "Alice", 26, "alice@email.com"),
              new User("456", "Bob", 31, "bob@email.com"));
      assertThat(users.queryByEmail("bob@email.com").list())
          .containsExactly(new User("456", "Bob", 31, "bob@email.com"));

      users.delete("123");
      assertThat(users.get("123")).isEmpty();
      db.engine().deleteTable(new DeleteTableRequest(db.tableName("Users")));
    }
  }
}
