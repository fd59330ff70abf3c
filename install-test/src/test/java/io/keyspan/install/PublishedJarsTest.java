package io.keyspan.install;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Every published module ships its jar with an Automatic-Module-Name, a sources jar and a Javadoc
 * jar. Runs at verify (see pom.xml), once the other modules have made all three.
 */
class PublishedJarsTest {
  private static final Path ROOT = Paths.get(System.getProperty("keyspan.root"));
  private static final String VERSION = System.getProperty("keyspan.version");

  /** A published module: its folder, its jar's base name and the module name the jar declares. */
  private record Published(String folder, String jarName, String moduleName) {
    Path jar(String classifier) {
      return ROOT.resolve(folder).resolve("target").resolve(jarName + classifier + ".jar");
    }
  }

  private static final List<Published> PUBLISHED = List.of(
      new Published("annotations", "keyspan-annotations-" + VERSION, "io.keyspan.annotations"),
      new Published("runtime", "keyspan-runtime-" + VERSION, "io.keyspan.runtime"),
      new Published("processor", "keyspan-processor-" + VERSION, "io.keyspan.processor"),
      new Published("runtime-memory", "keyspan-runtime-memory-" + VERSION, "io.keyspan.runtime.memory"),
      new Published("runtime-dynamodb", "keyspan-runtime-dynamodb-" + VERSION, "io.keyspan.runtime.dynamodb"),
      // The server's module artifact is its thin jar; the runnable one is a side file.
      new Published("server", "keyspan-server-" + VERSION + "-thin", "io.keyspan.server"),
      new Published("test", "keyspan-test-" + VERSION, "io.keyspan.test"),
      new Published("micronaut", "keyspan-micronaut-" + VERSION, "io.keyspan.micronaut"),
      new Published("spring-boot", "keyspan-spring-boot-starter-" + VERSION, "io.keyspan.spring"));

  @Test
  void everyPublishedJar_hasItsModuleNameSourcesAndJavadoc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Published module : PUBLISHED) {
      String name = manifestModuleName(module.jar(""));
      if (!module.moduleName().equals(name)) {
        problems.add(module.jar("").getFileName() + ": Automatic-Module-Name " + name + ", expected " + module.moduleName());
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

  private static String manifestModuleName(Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return "(no jar)";
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
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
