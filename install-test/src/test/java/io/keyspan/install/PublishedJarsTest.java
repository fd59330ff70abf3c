package io.keyspan.install;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Every published module ships its jar as a Java module of its agreed name (declared in
 * module-info, or for the processor by Automatic-Module-Name), a sources jar and a Javadoc jar.
 * Runs at verify (see pom.xml), once the other modules have made all three.
 */
class PublishedJarsTest {
  private static final Path ROOT = Paths.get(System.getProperty("keyspan.root"));
  private static final String VERSION = System.getProperty("keyspan.version");

  /**
   * A published module: its folder, its jar's base name, the module name the jar declares and
   * whether a module-info declares it (else the manifest's Automatic-Module-Name names it).
   */
  private record Published(String folder, String jarName, String moduleName, boolean declared) {
    Path jar(String classifier) {
      return ROOT.resolve(folder).resolve("target").resolve(jarName + classifier + ".jar");
    }
  }

  private static final List<Published> PUBLISHED =
      List.of(
          new Published(
              "annotations", "keyspan-annotations-" + VERSION, "io.keyspan.annotations", true),
          new Published("runtime", "keyspan-runtime-" + VERSION, "io.keyspan.runtime", true),
          new Published("processor", "keyspan-processor-" + VERSION, "io.keyspan.processor", false),
          new Published(
              "runtime-memory",
              "keyspan-runtime-memory-" + VERSION,
              "io.keyspan.runtime.memory",
              true),
          new Published(
              "runtime-dynamodb",
              "keyspan-runtime-dynamodb-" + VERSION,
              "io.keyspan.runtime.dynamodb",
              true),
          // The server's module artifact is its thin jar; the runnable one is a side file.
          new Published("server", "keyspan-server-" + VERSION + "-thin", "io.keyspan.server", true),
          new Published("test", "keyspan-test-" + VERSION, "io.keyspan.test", true),
          new Published("micronaut", "keyspan-micronaut-" + VERSION, "io.keyspan.micronaut", false),
          new Published(
              "spring-boot", "keyspan-spring-boot-starter-" + VERSION, "io.keyspan.spring", false));

  @Test
  void everyPublishedJar_hasItsModuleNameSourcesAndJavadoc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Published module : PUBLISHED) {
      String found = moduleOf(module.jar(""));
      String expected = (module.declared() ? "module " : "automatic module ") + module.moduleName();
      if (!expected.equals(found)) {
        problems.add(module.jar("").getFileName() + ": " + found + ", expected " + expected);
      }
      if (!hasEntryEndingWith(module.jar("-sources"), ".java")) {
        problems.add(module.jar("-sources").getFileName() + ": missing, or no .java file in it");
      }
      if (!hasEntryEndingWith(module.jar("-javadoc"), "index.html")) {
        problems.add(module.jar("-javadoc").getFileName() + ": missing, or no index.html in it");
      }
    }
    assertWithMessage("published jars").that(problems).isEmpty();
  }

  /** How the module system sees the jar: "module NAME" or "automatic module NAME". */
  private static String moduleOf(Path jar) {
    if (!Files.isRegularFile(jar)) {
      return "(no jar)";
    }
    ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    return (descriptor.isAutomatic() ? "automatic module " : "module ") + descriptor.name();
  }

  private static boolean hasEntryEndingWith(Path jar, String suffix) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().anyMatch(entry -> entry.getName().endsWith(suffix));
    }
  }
}
