package io.keyspan.processor.golden;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Pins the generated source of one representative entity (src/test/resources/golden). When a change
 * to the generated code is intended, review the diff and replace the golden files.
 */
class GoldenFileTest {
  private static String resource(String name) {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Compilation compileUser() {
    JavaFileObject user = JavaFileObjects.forSourceString("golden.User", resource("User.java"));
    return javac().withProcessors(new KeyspanProcessor()).compile(user);
  }

  @Test
  void userSchema_matchesTheGoldenFile() throws IOException {
    Compilation compilation = compileUser();
    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation
            .generatedSourceFile("golden.UserSchema")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertThat(generated).isEqualTo(resource("UserSchema.java.txt"));
  }

  @Test
  void userRepository_matchesTheGoldenFile() throws IOException {
    String generated =
        compileUser()
            .generatedSourceFile("golden.UserRepository")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertThat(generated).isEqualTo(resource("UserRepository.java.txt"));
  }

  @Test
  void generation_isDeterministic() throws IOException {
    String first =
        compileUser()
            .generatedSourceFile("golden.UserSchema")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    String second =
        compileUser()
            .generatedSourceFile("golden.UserSchema")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertThat(second).isEqualTo(first);
  }
}
