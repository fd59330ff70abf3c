package io.keyspan.processor.repository;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One golden file: the generated implementation of a small declared repository, read as a reviewer
 * would.
 */
class ImplementationGoldenTest {
  @Test
  void generatedImplementation_matchesGoldenFile() throws IOException {
    JavaFileObject user =
        JavaFileObjects.forSourceLines(
            "test.User",
            "package test;",
            "import io.keyspan.annotations.*;",
            "@Table(name = \"Users\")",
            "public record User(@PartitionKey @Attribute(\"UserID\") String userId,",
            "    @Attribute(\"Name\") String name,",
            "    @Attribute(\"Age\") int age,",
            "    @Attribute(\"Email\") @IndexPartitionKey(\"ByEmail\") String email) {}");
    JavaFileObject queries =
        JavaFileObjects.forSourceLines(
            "test.UserQueries",
            "package test;",
            "import io.keyspan.annotations.*;",
            "import java.util.List;",
            "import java.util.Optional;",
            "@Repository(User.class)",
            "public interface UserQueries {",
            "  @Query(index = \"ByEmail\", key = \"Email = :email\", limit = 1) Optional<User> byEmail(String email);",
            "  @Scan(filter = \"Age > :age\") List<User> olderThan(int age);",
            "  List<User> findByUserId(String userId);",
            "  @Update(update = \"SET Age = Age + :years\", condition = \"attribute_exists(UserID)\")",
            "  User age(String userId, int years);",
            "}");
    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(user, queries);
    String generated =
        compilation.generatedFiles().stream()
            .filter(f -> f.getName().endsWith("UserQueries_Impl.java"))
            .findFirst()
            .orElseThrow()
            .getCharContent(true)
            .toString();
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/UserQueries_Impl.java")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(generated).isEqualTo(golden);
  }
}
