package io.keyspan.processor.write;

import io.keyspan.processor.base.TypeNames;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code ServiceLoader} file that lists every generated repository factory. It is merged with
 * the file an earlier compilation wrote, as AutoService does, so an incremental recompile of one
 * repository keeps the others; entries are sorted so the file is stable.
 */
public final class ServicesFile {
  public static final String PATH =
      "META-INF/services/" + TypeNames.DECLARED_REPOSITORY_FACTORY.reflectionName();

  private ServicesFile() {}

  /** The file listing {@code factories} and every entry of {@code existing}. */
  public static String merge(Optional<String> existing, Set<String> factories) {
    Set<String> entries = new TreeSet<>(factories);
    existing.ifPresent(
        text ->
            text.lines()
                .map(line -> line.replaceFirst("#.*", "").strip()) // ServiceLoader's comment syntax
                .filter(line -> !line.isEmpty())
                .forEach(entries::add));
    return String.join("\n", entries) + "\n";
  }
}
