package io.keyspan.processor.model;

import io.keyspan.engine.ResourceNames;
import java.util.Locale;

/** Naming rules shared by the model and the writers. */
public final class Names {
  private Names() {}

  /**
   * {@code userId} → {@code USER_ID}, {@code URLPath} → {@code URL_PATH}, {@code line2} → {@code
   * LINE2}.
   */
  public static String constantName(String javaName) {
    StringBuilder constant = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      boolean upper = Character.isUpperCase(c);
      if (upper && i > 0) {
        char previous = javaName.charAt(i - 1);
        boolean nextLower =
            i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (Character.isLowerCase(previous)
            || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextLower)) {
          constant.append('_');
        }
      }
      constant.append(c == '_' ? '_' : Character.toUpperCase(c));
    }
    return constant.toString().toUpperCase(Locale.ROOT);
  }

  /** Whether a table or index name follows DynamoDB's rule: 3 to 255 of a-z A-Z 0-9 _ - . */
  public static boolean isValidTableOrIndexName(String name) {
    return ResourceNames.isValid(name);
  }
}
