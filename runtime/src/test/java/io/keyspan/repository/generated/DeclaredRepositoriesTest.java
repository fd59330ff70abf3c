package io.keyspan.repository.generated;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredRepositoriesTest {
  private static final String STALE = "io.keyspan.repository.generated.DeletedQueries_Impl$Factory";

  /** A repository interface whose generated factory is listed beside a stale entry. */
  public interface Greetings extends Supplier<String> {}

  /** A repository interface that has no factory. */
  public interface Undeclared {}

  /** Stands in for a generated factory. */
  public static final class GreetingsFactory implements DeclaredRepositoryFactory<Greetings> {
    @Override
    public Class<Greetings> type() {
      return Greetings.class;
    }

    @Override
    public Greetings create(Keyspan keyspan) {
      return () -> "hello";
    }
  }

  @TempDir Path classes;

  /** A class path whose services file lists a deleted factory before a working one. */
  private ClassLoader withStaleEntry() throws IOException {
    Path services =
        classes.resolve("META-INF/services/" + DeclaredRepositoryFactory.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, STALE + "\n" + GreetingsFactory.class.getName() + "\n");
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void staleEntry_doesNotHideTheOtherFactories() throws IOException {
    try (Keyspan db = Keyspan.connect("test:x")) {
      Greetings greetings = DeclaredRepositories.create(Greetings.class, db, withStaleEntry());
      assertThat(greetings.get()).isEqualTo("hello");
    }
  }

  @Test
  void interfaceWithoutLoadableFactory_isClearErrorNamingTheStaleEntry() throws IOException {
    ClassLoader loader = withStaleEntry();
    try (Keyspan db = Keyspan.connect("test:x")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> DeclaredRepositories.create(Undeclared.class, db, loader));
      assertThat(e)
          .hasMessageThat()
          .startsWith("No generated implementation of " + Undeclared.class.getName());
      assertThat(e).hasMessageThat().contains("Listed factories that could not be loaded");
      assertThat(e).hasMessageThat().contains(STALE);
    }
  }

  @Test
  void interfaceWithoutFactory_withNoStaleEntries_namesOnlyTheMissingImplementation() {
    try (Keyspan db = Keyspan.connect("test:x")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> db.repository(Undeclared.class));
      assertThat(e)
          .hasMessageThat()
          .contains("No generated implementation of " + Undeclared.class.getName());
      assertThat(e).hasMessageThat().doesNotContain("could not be loaded");
    }
  }
}
