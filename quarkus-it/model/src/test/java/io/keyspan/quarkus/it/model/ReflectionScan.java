package io.keyspan.quarkus.it.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in Java source, the calls a GraalVM native image can only run with reflection
 * configuration: class lookup by name, reflective members and instances, method handles looked up
 * by name, dynamic proxies, {@code ServiceLoader} and {@code Unsafe}.
 */
final class ReflectionScan {
  private static final Pattern REFLECTIVE =
      Pattern.compile(
          "\\bClass\\.forName\\b|\\bjava\\.lang\\.reflect\\b|\\bjava\\.lang\\.invoke\\b|\\bMethodHandles\\b"
              + "|\\.getDeclared(Method|Field|Constructor)s?\\(|\\.get(Method|Field|Constructor)s?\\("
              + "|\\.newInstance\\(|\\.setAccessible\\(|\\bProxy\\.newProxyInstance\\b|\\bServiceLoader\\b"
              + "|\\bsun\\.misc\\.Unsafe\\b|\\.loadClass\\(");

  private ReflectionScan() {}

  /** Each reflective call of {@code source}, as "line N: text". */
  static List<String> findings(String source) {
    List<String> findings = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = REFLECTIVE.matcher(lines[i]);
      if (matcher.find()) {
        findings.add("line " + (i + 1) + ": " + lines[i].strip());
      }
    }
    return findings;
  }
}
