package io.keyspan.processor.base;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for near-miss names, by edit distance ignoring case. */
public final class Suggestions {
  private Suggestions() {}

  /** The closest candidate within a third of the name's length (at least 2 edits), if any. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    for (String candidate : candidates) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The end of a sentence: {@code "; did you mean X?"}, or {@code "."} when no candidate is close.
   * A message places it where its sentence ends, so a suggestion is never followed by a stray
   * period.
   */
  public static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> "; did you mean " + c + "?").orElse(".");
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
