package io.keyspan.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An engine address: {@code scheme:target?name=value&...}, for example {@code memory:}, {@code
 * dynamodb:?region=eu-west-1} or {@code dynamodb:http://127.0.0.1:8000}. Unlike {@link
 * java.net.URI} it accepts an empty remainder ({@code memory:}) and a target that is itself a URL.
 *
 * @param text the address as given
 * @param scheme the scheme in lower case, without the colon
 * @param target what follows the colon, up to any {@code ?}; may be empty
 * @param parameters the decoded {@code name=value} pairs after {@code ?}, in order
 */
public record EngineUri(String text, String scheme, String target, Map<String, String> parameters) {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  public EngineUri {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(target, "target");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * Parses an engine address.
   *
   * @throws IllegalArgumentException naming what is wrong when the text has no valid scheme or a
   *     parameter lacks its {@code =}
   */
  public static EngineUri parse(String text) {
    Objects.requireNonNull(text, "engine URI");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "Engine URI '" + text + "' has no scheme; write it as scheme:..., for example memory:");
    }
    String scheme = text.substring(0, colon);
    if (!SCHEME.matcher(scheme).matches()) {
      throw new IllegalArgumentException(
          "Malformed engine URI '"
              + text
              + "': the scheme '"
              + scheme
              + "' must start with a letter and hold only letters, digits, '+', '-' and '.'");
    }
    String rest = text.substring(colon + 1);
    int question = rest.indexOf('?');
    String target = question < 0 ? rest : rest.substring(0, question);
    Map<String, String> parameters = new LinkedHashMap<>();
    if (question >= 0 && question + 1 < rest.length()) {
      for (String pair : rest.substring(question + 1).split("&")) {
        int equals = pair.indexOf('=');
        if (equals <= 0) {
          throw new IllegalArgumentException(
              "Malformed engine URI '" + text + "': parameter '" + pair + "' is not name=value");
        }
        parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
      }
    }
    return new EngineUri(text, scheme.toLowerCase(Locale.ROOT), target, parameters);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return text;
  }
}
