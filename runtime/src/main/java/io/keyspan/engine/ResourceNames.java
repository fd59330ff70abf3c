package io.keyspan.engine;

import java.util.regex.Pattern;

/**
 * DynamoDB's rule for table and index names: 3 to 255 characters from {@code a-z}, {@code A-Z},
 * {@code 0-9}, {@code _}, {@code -} and {@code .}
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
 * The processor, the memory engine and the server check names against this one rule, each reporting
 * a violation in its own words.
 */
public final class ResourceNames {
  private ResourceNames() {}

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 255;

  /** The allowed characters, as the API Reference writes the pattern. */
  public static final String PATTERN = "[a-zA-Z0-9_.-]+";

  private static final Pattern ALLOWED = Pattern.compile(PATTERN);

  /** Whether {@code name} is a valid table or index name. */
  public static boolean isValid(String name) {
    return name.length() >= MIN_LENGTH && name.length() <= MAX_LENGTH && hasAllowedCharacters(name);
  }

  /**
   * Whether {@code name} is non-empty and uses only the allowed characters, whatever its length.
   */
  public static boolean hasAllowedCharacters(String name) {
    return ALLOWED.matcher(name).matches();
  }
}
