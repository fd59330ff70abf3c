package io.keyspan.server.internal;

/**
 * A request value as an error message shows it, bounded: a message never grows with the request.
 * DynamoDB's own messages show short values whole ("Value 'x' at 'tableName' ...") and structures
 * only as Java object identities ("[com.amazonaws.dynamodb.v20120810.WriteRequest@caad9cb8, ...]"),
 * never their contents; Keyspan shows at most the first {@value #MAX_CHARACTERS} characters of any
 * value, followed by "...".
 */
final class Echo {
  static final int MAX_CHARACTERS = 1024;

  private Echo() {}

  static String of(Object value) {
    String text = String.valueOf(value);
    if (text.length() <= MAX_CHARACTERS) {
      return text;
    }
    // Never cut a surrogate pair in half.
    int end =
        Character.isHighSurrogate(text.charAt(MAX_CHARACTERS - 1))
            ? MAX_CHARACTERS - 1
            : MAX_CHARACTERS;
    return text.substring(0, end) + "...";
  }
}
