package io.keyspan.processor.read;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.processor.model.KeyTemplateText;
import org.junit.jupiter.api.Test;

/** Key templates parsed without javac: parts, literal prefix and shape, or the problem. */
class KeyTemplateParserTest {

  private static KeyTemplateText parsed(String text) {
    KeyTemplateParser.Result result = KeyTemplateParser.parse(text);
    assertThat(result.problem()).isNull();
    return result.template();
  }

  private static String problem(String text) {
    KeyTemplateParser.Result result = KeyTemplateParser.parse(text);
    assertThat(result.template()).isNull();
    return result.problem();
  }

  @Test
  void literalsAndComponents_inOrder() {
    KeyTemplateText template = parsed("ORDER#{placedAt}#{orderId}");
    assertThat(template.parts())
        .containsExactly(
            new KeyTemplateText.Literal("ORDER#"),
            new KeyTemplateText.Component("placedAt"),
            new KeyTemplateText.Literal("#"),
            new KeyTemplateText.Component("orderId"))
        .inOrder();
    assertThat(template.components()).containsExactly("placedAt", "orderId").inOrder();
    assertThat(template.literalPrefix()).isEqualTo("ORDER#");
    assertThat(template.shape()).isEqualTo("ORDER#{}#{}");
  }

  @Test
  void aTemplateStartingWithAComponent_hasNoLiteralPrefix() {
    KeyTemplateText template = parsed("{id}#X");
    assertThat(template.literalPrefix()).isEmpty();
    assertThat(template.shape()).isEqualTo("{}#X");
  }

  @Test
  void aLiteralTemplate_isItsOwnPrefix() {
    KeyTemplateText template = parsed("PROFILE");
    assertThat(template.components()).isEmpty();
    assertThat(template.literalPrefix()).isEqualTo("PROFILE");
  }

  @Test
  void templatesOfOneShape_differOnlyInComponentNames() {
    assertThat(parsed("A#{id}").shape()).isEqualTo(parsed("A#{accountId}").shape());
    assertThat(parsed("A#{id}").shape()).isNotEqualTo(parsed("B#{id}").shape());
  }

  @Test
  void malformedTemplates_sayWhatIsWrong() {
    assertThat(problem("")).isEqualTo("it is empty; a key attribute needs a value");
    assertThat(problem("A#{id")).isEqualTo("the '{' at position 2 is not closed");
    assertThat(problem("A#}")).isEqualTo("the '}' at position 2 closes no component");
    assertThat(problem("A#{}")).isEqualTo("{} does not name a property");
    assertThat(problem("A#{class}")).isEqualTo("{class} does not name a property");
    assertThat(problem("A#{a b}")).isEqualTo("{a b} does not name a property");
    assertThat(problem("{a}{b}"))
        .isEqualTo("{b} follows another component without literal text between");
  }
}
