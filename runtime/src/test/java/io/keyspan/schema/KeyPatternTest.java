package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeyPatternTest {

  @Test
  void parse_splitsLiteralsAndComponents() {
    KeyPattern pattern = KeyPattern.parse("ORDER#{placedAt}#{orderId}");
    assertThat(pattern.parts())
        .containsExactly(
            new KeyPattern.Literal("ORDER#"),
            new KeyPattern.Component("placedAt"),
            new KeyPattern.Literal("#"),
            new KeyPattern.Component("orderId"))
        .inOrder();
    assertThat(pattern.components()).containsExactly("placedAt", "orderId").inOrder();
    assertThat(pattern.literalPrefix()).isEqualTo("ORDER#");
    assertThat(pattern.text()).isEqualTo("ORDER#{placedAt}#{orderId}");
  }

  @Test
  void literalPrefix_isEmptyWhenAComponentComesFirst_andTheWholeTextWithNone() {
    assertThat(KeyPattern.parse("{placedAt}#{orderId}").literalPrefix()).isEmpty();
    assertThat(KeyPattern.parse("PROFILE").literalPrefix()).isEqualTo("PROFILE");
    assertThat(KeyPattern.parse("PROFILE").components()).isEmpty();
  }

  @Test
  void render_writesTheComponentsIn() {
    assertThat(KeyPattern.parse("ORDER#{placedAt}#{orderId}").render("2024", "o#7"))
        .isEqualTo("ORDER#2024#o#7");
    assertThat(KeyPattern.parse("PROFILE").render()).isEqualTo("PROFILE");
  }

  @Test
  void renderValues_encodesEachValue_andRequiresEveryOne() {
    KeyPattern pattern = KeyPattern.parse("LINE#{orderId}#{lineNo}");
    assertThat(pattern.renderValues("o1", 7)).isEqualTo("LINE#o1#0000000007");
    assertThat(assertThrows(IllegalArgumentException.class, () -> pattern.renderValues("o1", null)))
        .hasMessageThat()
        .isEqualTo("The component {lineNo} of the key template LINE#{orderId}#{lineNo} is null");
    assertThrows(IllegalArgumentException.class, () -> pattern.renderValues("o1"));
    assertThrows(MappingException.class, () -> pattern.renderValues("o1", 1.5));
  }

  @Test
  void render_isNullWhenAnyComponentIsNull() {
    assertThat(KeyPattern.parse("ORDER#{placedAt}#{orderId}").render(null, "o7")).isNull();
  }

  @Test
  void render_rejectsTheWrongNumberOfComponents() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> KeyPattern.parse("A#{a}#{b}").render("x"));
    assertThat(error)
        .hasMessageThat()
        .isEqualTo("The key template A#{a}#{b} has 2 components [a, b], not 1");
  }

  @Test
  void render_rejectsAComponentContainingTheSeparatorAfterIt() {
    // a=x#y,b=z and a=x,b=y#z would both render A#x#y#z.
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> KeyPattern.parse("A#{a}#{b}").render("x#y", "z"));
    assertThat(error).hasMessageThat().contains("The value 'x#y' of {a} in the key template");
    assertThat(error).hasMessageThat().contains("contains '#'");
  }

  @Test
  void prefix_rendersUpToTheFirstComponentNotGiven() {
    KeyPattern pattern = KeyPattern.parse("ORDER#{placedAt}#{orderId}");
    assertThat(pattern.prefix()).isEqualTo("ORDER#");
    assertThat(pattern.prefix("2024-05")).isEqualTo("ORDER#2024-05#");
    assertThat(pattern.prefix("2024-05", "o7")).isEqualTo("ORDER#2024-05#o7");
    assertThrows(IllegalArgumentException.class, () -> pattern.prefix("a", "b", "c"));
  }

  @Test
  void prefixValues_encodesTheLeadingValues_andRequiresEachGivenOne() {
    KeyPattern pattern = KeyPattern.parse("LINE#{orderId}#{lineNo}");
    assertThat(pattern.prefixValues()).isEqualTo("LINE#");
    assertThat(pattern.prefixValues("o1")).isEqualTo("LINE#o1#");
    assertThat(pattern.prefixValues("o1", 7)).isEqualTo("LINE#o1#0000000007");
    assertThat(assertThrows(IllegalArgumentException.class, () -> pattern.prefixValues("o1", null)))
        .hasMessageThat()
        .isEqualTo("The component {lineNo} of the key template LINE#{orderId}#{lineNo} is null");
    assertThrows(IllegalArgumentException.class, () -> pattern.prefixValues("o1", 7, 8));
    assertThrows(MappingException.class, () -> pattern.prefixValues(1.5));
  }

  @Test
  void pastPrefixValues_isAboveEveryKeyWithThePrefix_andBelowTheNextComponentValue() {
    KeyPattern pattern = KeyPattern.parse("LINE#{lineNo}#{sku}");
    String past = pattern.pastPrefixValues(7);
    assertThat(past).isEqualTo("LINE#0000000007$");
    assertThat(pattern.renderValues(7, "\uFFFF")).isLessThan(past);
    assertThat(pattern.renderValues(8, "")).isGreaterThan(past);
    assertThrows(IllegalArgumentException.class, () -> KeyPattern.parse("{a}").pastPrefixValues());
    assertThrows(
        IllegalArgumentException.class, () -> KeyPattern.parse("A\uFFFF{a}").pastPrefixValues());
  }

  @Test
  void matches_acceptsRenderedKeysOnly() {
    KeyPattern pattern = KeyPattern.parse("ORDER#{placedAt}#{orderId}");
    assertThat(pattern.matches("ORDER#2024#o7")).isTrue();
    assertThat(pattern.matches("ORDER#2024#o#7")).isTrue();
    assertThat(pattern.matches("ORDER#2024")).isFalse();
    assertThat(pattern.matches("LINE#2024#o7")).isFalse();
    assertThat(KeyPattern.parse("PROFILE").matches("PROFILE")).isTrue();
    assertThat(KeyPattern.parse("PROFILE").matches("PROFILES")).isFalse();
    assertThat(KeyPattern.parse("{a}-X").matches("abc-X")).isTrue();
    assertThat(KeyPattern.parse("{a}-X").matches("abc-Y")).isFalse();
  }

  @Test
  void parse_rejectsMalformedTemplates_namingTheProblem() {
    assertMalformed("", "A key template cannot be empty");
    assertMalformed("A#{id", "The key template A#{id is malformed at index 2: '{' is never closed");
    assertMalformed("A#id}", "The key template A#id} is malformed at index 4: '}' closes no '{'");
    assertMalformed(
        "A#{}", "The key template A#{} is malformed at index 2: the component has no name");
    assertMalformed("A#{a{b}}", "malformed at index 4: '{' inside a component");
    assertMalformed("{a b}", "the component name 'a b' is not a Java identifier");
    assertMalformed("{a}#{a}", "the component {a} appears twice");
    assertMalformed(
        "A#{a}{b}",
        "The key template A#{a}{b} is malformed at index 5: the component {b} follows another with"
            + " no literal between them, so their values could not be told apart ({a}{b} renders"
            + " a=1,b=23 and a=12,b=3 alike)");
  }

  private static void assertMalformed(String template, String message) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> KeyPattern.parse(template));
    assertThat(error).hasMessageThat().contains(message);
  }
}
