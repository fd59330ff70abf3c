package io.keyspan.install;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
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
 * The test classes that carry {@code @Tag("emulators")} are integration tests: Surefire leaves them
 * out, and only Failsafe, in the modules that declare it, runs them (with -Pemulators). A run
 * without the profile warns which suites it left out, from each module's {@code
 * keyspan.emulator.suites}. This keeps, for every module of the build, that list equal to its
 * tagged classes and Failsafe declared exactly where there are any, so no tagged suite is silently
 * never run and the warning never names too few or too many.
 */
class EmulatorSuitesListedTest {
  private static final Path ROOT = Paths.get(System.getProperty("keyspan.root"));
  private static final String TAG = "emulators";
  private static final Pattern LISTED =
      Pattern.compile(
          "<keyspan\\.emulator\\.suites>(.*?)</keyspan\\.emulator\\.suites>", Pattern.DOTALL);
  private static final Pattern MODULE = Pattern.compile("<module>(.*?)</module>");
  private static final Pattern GROUP =
      Pattern.compile("<keyspan\\.emulator\\.tag>(.*?)</keyspan\\.emulator\\.tag>");
  private static final String FAILSAFE = "<artifactId>maven-failsafe-plugin</artifactId>";

  /** The annotation on a line of its own (a comment that names it does not count). */
  private static final Pattern ANNOTATION =
      Pattern.compile("^\\s*@Tag\\(\"" + TAG + "\"\\)", Pattern.MULTILINE);

  @Test
  void everyModulesWarning_namesExactlyItsTaggedSuites() throws IOException {
    for (String module : modules()) {
      assertWithMessage("suites named in " + module + "/pom.xml")
          .that(listed(pom(module)))
          .containsExactlyElementsIn(tagged(ROOT.resolve(module).resolve("src/test/java")));
    }
  }

  @Test
  void modulesWithTaggedSuites_andOnlyThose_runThemWithFailsafe() throws IOException {
    assertWithMessage("the tag Surefire leaves out and Failsafe runs (pom.xml)")
        .that(only(GROUP, read(ROOT.resolve("pom.xml"))))
        .isEqualTo(TAG);
    for (String module : modules()) {
      assertWithMessage("maven-failsafe-plugin declared in " + module + "/pom.xml")
          .that(read(pom(module)).contains(FAILSAFE))
          .isEqualTo(!tagged(ROOT.resolve(module).resolve("src/test/java")).isEmpty());
    }
  }

  @Test
  void theModulesAreReadFromTheRootPom() {
    assertWithMessage("modules of the build")
        .that(modules())
        .containsAtLeast("runtime-dynamodb", "server", "samples");
  }

  /** The modules the root pom builds. */
  private static List<String> modules() {
    Matcher matcher = MODULE.matcher(read(ROOT.resolve("pom.xml")));
    List<String> modules = new ArrayList<>();
    while (matcher.find()) {
      modules.add(matcher.group(1));
    }
    return modules;
  }

  private static Path pom(String module) {
    return ROOT.resolve(module).resolve("pom.xml");
  }

  private static String only(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : "";
  }

  /** The classes named in the pom's list ("A, B.method, C (its boto3 tests)" names A, B and C). */
  private static Set<String> listed(Path pom) {
    Matcher matcher = LISTED.matcher(read(pom));
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
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> ANNOTATION.matcher(read(file)).find())
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
