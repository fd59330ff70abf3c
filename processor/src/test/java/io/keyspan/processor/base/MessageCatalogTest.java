package io.keyspan.processor.base;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The wording rules of the catalog: an argument decides its own article ("an int", "a String"), so
 * no template puts "a" or "an" before a placeholder; and no template ends a sentence after a
 * question mark.
 */
class MessageCatalogTest {
  private static List<String> templates() {
    return Stream.of(Message.values()).map(Message::template).toList();
  }

  @Test
  void noTemplate_putsAnArticleBeforeAnArgument() {
    for (String template : templates()) {
      assertWithMessage(template).that(template).doesNotContainMatch("(?i)\\ban? %");
    }
  }

  @Test
  void noTemplate_endsASentenceAfterAQuestionMark() {
    for (String template : templates()) {
      assertWithMessage(template).that(template).doesNotContainMatch("\\?[.:]");
    }
  }
}
