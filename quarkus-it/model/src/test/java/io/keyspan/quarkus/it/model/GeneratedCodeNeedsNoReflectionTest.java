package io.keyspan.quarkus.it.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A native image needs reflection configuration only for code that looks classes or members up at
 * run time. Keyspan's generated classes call constructors, accessors and converters directly, so
 * their sources contain none of the calls {@link ReflectionScan} looks for.
 */
class GeneratedCodeNeedsNoReflectionTest {
  private static final Path GENERATED = Path.of(System.getProperty("keyspan.generated.sources"));

  @Test
  void generatedSources_containNoReflectiveCall() throws IOException {
    Map<String, List<String>> findings = new TreeMap<>();
    Map<String, String> sources = generatedSources();
    sources.forEach(
        (file, source) -> {
          List<String> found = ReflectionScan.findings(source);
          if (!found.isEmpty()) {
            findings.put(file, found);
          }
        });

    assertThat(sources.keySet())
        .containsAtLeast(
            "io/keyspan/quarkus/it/model/BookSchema.java",
            "io/keyspan/quarkus/it/model/BookRepository.java",
            "io/keyspan/quarkus/it/model/BookQueries_Impl.java");
    assertWithMessage("reflective calls in generated sources").that(findings).isEmpty();
  }

  @Test
  void theScan_findsEachKindOfReflectiveCall() {
    String reflective =
        String.join(
            "\n",
            "Class<?> type = Class.forName(name);",
            "java.lang.reflect.Method m = type.getDeclaredMethod(\"x\");",
            "Object o = type.getConstructor().newInstance();",
            "field.setAccessible(true);",
            "var lookup = MethodHandles.lookup();",
            "ServiceLoader.load(Engine.class);",
            "Object p = Proxy.newProxyInstance(loader, types, handler);",
            "loader.loadClass(name);",
            "users.get(\"123\");");

    assertThat(ReflectionScan.findings(reflective))
        .containsExactly(
            "line 1: Class<?> type = Class.forName(name);",
            "line 2: java.lang.reflect.Method m = type.getDeclaredMethod(\"x\");",
            "line 3: Object o = type.getConstructor().newInstance();",
            "line 4: field.setAccessible(true);",
            "line 5: var lookup = MethodHandles.lookup();",
            "line 6: ServiceLoader.load(Engine.class);",
            "line 7: Object p = Proxy.newProxyInstance(loader, types, handler);",
            "line 8: loader.loadClass(name);")
        .inOrder();
  }

  /** Every generated source file, by its path under the generated-sources folder, in path order. */
  private static Map<String, String> generatedSources() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(GENERATED)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(
            GENERATED.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return sources;
  }
}
