package io.keyspan.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Access keys and secrets written as {@code ACCESS_KEY:SECRET} pairs, one per line or separated by
 * commas, as the command line takes them from {@code KEYSPAN_CREDENTIALS} or a credentials file.
 * Blank lines and lines starting with {@code #} are skipped. An error names where the bad entry is,
 * never what it holds: it may be a secret.
 */
final class Credentials {
  private Credentials() {}

  /** The pairs in {@code text}, in order; {@code source} names it in errors. */
  static Map<String, String> parse(String text, String source) {
    Map<String, String> secretsByKey = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int line = 0; line < lines.length; line++) {
      String trimmed = lines[line].trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] entries = trimmed.split(",");
      for (int entry = 0; entry < entries.length; entry++) {
        String pair = entries[entry].trim();
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.length() - 1) {
          throw new IllegalArgumentException(
              source
                  + ": entry "
                  + (entry + 1)
                  + " on line "
                  + (line + 1)
                  + " is not ACCESS_KEY:SECRET (its value is not shown, as it may be a secret)");
        }
        secretsByKey.put(pair.substring(0, colon), pair.substring(colon + 1));
      }
    }
    return secretsByKey;
  }
}
