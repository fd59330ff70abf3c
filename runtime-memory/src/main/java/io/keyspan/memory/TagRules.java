package io.keyspan.memory;

import io.keyspan.engine.Tag;
import io.keyspan.exception.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DynamoDB's tagging restrictions
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TaggingRestrictions.html): keys
 * of 1 to 128 and values of 0 to 256 Unicode characters, made of letters, digits, white space and
 * {@code + - = . _ : / @}; no key starting {@code aws:}; one value per key; at most 50 tags on a
 * table. The texts are DynamoDB's as its ValidationExceptions carry them.
 */
final class TagRules {
  static final int MAX_TAGS = 50;
  private static final int MAX_KEY_LENGTH = 128;
  private static final int MAX_VALUE_LENGTH = 256;
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
  private static final String RESERVED_PREFIX = "aws:";

  private TagRules() {}

  /** Checks the tags TagResource or CreateTable adds, before anything is stored. */
  static void checkTags(List<Tag> tags) {
    Set<String> seen = new HashSet<>();
    for (Tag tag : tags) {
      checkKey(tag.key());
      if (tag.key().startsWith(RESERVED_PREFIX)) {
        throw new ValidationException(
            "Tag Key cannot be prefixed with " + RESERVED_PREFIX + ", Key: " + tag.key());
      }
      if (!valid(tag.value(), 0, MAX_VALUE_LENGTH)) {
        throw new ValidationException("The Tag Value provided is invalid, Value: " + tag.value());
      }
      if (!seen.add(tag.key())) {
        throw new ValidationException(
            "Duplicate Tag Keys provided as input: Duplicate Tag Key found " + tag.key());
      }
    }
    if (tags.size() > MAX_TAGS) {
      throw tooMany();
    }
  }

  /** Checks the keys UntagResource removes. */
  static void checkKeys(List<String> keys) {
    if (keys.isEmpty()) {
      throw new ValidationException("Atleast one Tag Key needs to be provided as Input.");
    }
    if (keys.size() > MAX_TAGS) {
      throw tooMany();
    }
    keys.forEach(TagRules::checkKey);
  }

  /** Checks that the tags a table would have after TagResource stay within the limit. */
  static void checkCount(Map<String, String> current, List<Tag> added) {
    long newKeys = added.stream().map(Tag::key).filter(key -> !current.containsKey(key)).count();
    if (current.size() + newKeys > MAX_TAGS) {
      throw tooMany();
    }
  }

  private static void checkKey(String key) {
    if (!valid(key, 1, MAX_KEY_LENGTH)) {
      throw new ValidationException("The Tag Key provided is invalid, Key: " + key);
    }
  }

  private static boolean valid(String text, int minLength, int maxLength) {
    if (text == null) {
      return false;
    }
    int length = text.codePointCount(0, text.length());
    return length >= minLength && length <= maxLength && ALLOWED.matcher(text).matches();
  }

  /** DynamoDB answers the 51st tag with a ValidationException, not LimitExceededException. */
  private static ValidationException tooMany() {
    return new ValidationException(
        "Number of Tags exceed the current limit for the provided ResourceArn");
  }
}
