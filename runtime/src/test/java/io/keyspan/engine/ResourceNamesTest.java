package io.keyspan.engine;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ResourceNamesTest {

  @Test
  void lengthFrom3To255_isValid() {
    assertThat(ResourceNames.isValid("abc")).isTrue();
    assertThat(ResourceNames.isValid("x".repeat(255))).isTrue();
    assertThat(ResourceNames.isValid("ab")).isFalse();
    assertThat(ResourceNames.isValid("x".repeat(256))).isFalse();
  }

  @Test
  void lettersDigitsUnderscoreDashDot_areTheOnlyAllowedCharacters() {
    assertThat(ResourceNames.isValid("a.b-c_9Z")).isTrue();
    assertThat(ResourceNames.isValid("a b c")).isFalse();
    assertThat(ResourceNames.isValid("tablé")).isFalse();
    assertThat(ResourceNames.hasAllowedCharacters("ab")).isTrue();
    assertThat(ResourceNames.hasAllowedCharacters("a/b")).isFalse();
    assertThat(ResourceNames.hasAllowedCharacters("")).isFalse();
  }
}
