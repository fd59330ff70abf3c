package io.keyspan.processor.readme;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The code shown in README.md compiles as shown: the entity, the quick start against its generated
 * repository, and the declared repository. Keep these sources in step with the README.
 */
class ReadmeExamplesTest {
  private static final JavaFileObject USER =
      JavaFileObjects.forSourceLines(
          "readme.User",
          "package readme;",
          "import io.keyspan.annotations.*;",
          "@Table(name = \"Users\", billingMode = Table.BillingMode.PROVISIONED, readCapacity = 5,"
              + " writeCapacity = 5)",
          "public record User(@PartitionKey @Attribute(\"UserID\") String userId,",
          "                   @Attribute(\"Name\") String name,",
          "                   @Attribute(\"Age\") int age,",
          "                   @Attribute(\"Email\") @IndexPartitionKey(\"ByEmail\") String email) {}");

  private static final JavaFileObject QUICK_START =
      JavaFileObjects.forSourceLines(
          "readme.QuickStart",
          "package readme;",
          "import io.keyspan.Keyspan;",
          "import java.util.Optional;",
          "class QuickStart {",
          "  void run() {",
          "    Keyspan db = Keyspan.inMemory();",
          "    UserRepository users = new UserRepository(db);",
          "    users.createTable();",
          "    users.put(new User(\"123\", \"Alice\", 25, \"alice@email.com\"));",
          "    Optional<User> alice = users.get(\"123\");",
          "    users.update(\"123\").set(UserSchema.AGE, 26).execute();",
          "    users.query(\"123\").list();",
          "    users.scan().filter(UserSchema.AGE.gt(25)).list();",
          "    users.delete(\"123\");",
          "  }",
          "}");

  private static final JavaFileObject USER_QUERIES =
      JavaFileObjects.forSourceLines(
          "readme.UserQueries",
          "package readme;",
          "import io.keyspan.Keyspan;",
          "import io.keyspan.annotations.*;",
          "import java.util.List;",
          "import java.util.Optional;",
          "@Repository(User.class)",
          "public interface UserQueries {",
          "  @Query(index = \"ByEmail\", key = \"Email = :email\", limit = 1)",
          "  Optional<User> byEmail(String email);",
          "  @Scan(filter = \"Age > :age\") List<User> olderThan(int age);",
          "  List<User> findByUserId(String userId);",
          "  @AllowScan List<User> findByName(String name);",
          "  static UserQueries of(Keyspan db) {",
          "    return db.repository(UserQueries.class);",
          "  }",
          "}");

  @Test
  void quickStartAndDeclaredRepository_compileWithoutWarnings() {
    Compilation compilation =
        javac().withProcessors(new KeyspanProcessor()).compile(USER, QUICK_START, USER_QUERIES);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
