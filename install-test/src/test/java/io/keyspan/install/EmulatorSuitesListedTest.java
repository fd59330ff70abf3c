package io.keyspan.install;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run without -Pemulators warns which suites it left out, from each module's
 * {@code keyspan.emulator.suites}; this keeps that list equal to the test classes that carry
 * {@code @Tag("emulators")}, so the warning never names too few or too many.
 */
class EmulatorSuitesListedTest {
  private static final Path ROOT = Paths.get(System.getProperty("keyspan.root"));
  private static final String TAG = "@Tag(\"emulators\")";
  private static final Pattern LISTED =
      Pattern.compile("<keyspan\\.emulator\\.suites>(.*?)</keyspan\\.emulator\\.suites>", Pattern.DOTALL);

  @Test
  void everyModulesWarning_namesExactlyItsTaggedSuites() throws IOException {
    for (String module : List.of("runtime-dynamodb", "server")) {
      assertWithMessage("suites named in " + module + "/pom.xml")
          .that(listed(ROOT.resolve(module).resolve("pom.xml")))
          .containsExactlyElementsIn(tagged(ROOT.resolve(module).resolve("src/test/java")));
    }
  }

  @Test
  void modulesWithoutEmulatorSuites_haveNoTaggedTests() throws IOException {
    for (String module : List.of("runtime", "runtime-memory", "processor", "samples")) {
      assertWithMessage("tagged tests in " + module).that(tagged(ROOT.resolve(module).resolve("src/test/java"))).isEmpty();
    }
  }

  /** The classes named in the pom's list ("A, B.method, C (its boto3 tests)" names A, B and C). */
  private static Set<String> listed(Path pom) throws IOException {
    Matcher matcher = LISTED.matcher(Files.readString(pom, StandardCharsets.UTF_8));
    if (!matcher.find()) {
      return Set.of();
    }
    return Arrays.stream(matcher.group(1).split(","))
        .map(entry -> entry.trim().split("[.\\s]")[0])
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The test classes, by simple name, with the tag on the class or on one of its methods. */
  private static Set<String> tagged(Path sources) throws IOException {
    if (!Files.isDirectory(sources)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> read(file).contains(TAG))
          .map(file -> file.getFileName().toString().replace(".java", ""))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
