package io.keyspan.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void constantNames_areUpperSnakeCaseOfThePropertyName() {
    assertThat(Names.constantName("age")).isEqualTo("AGE");
    assertThat(Names.constantName("userId")).isEqualTo("USER_ID");
    assertThat(Names.constantName("URLPath")).isEqualTo("URL_PATH");
    assertThat(Names.constantName("line2Total")).isEqualTo("LINE2_TOTAL");
    assertThat(Names.constantName("already_snake")).isEqualTo("ALREADY_SNAKE");
  }

  @Test
  void tableAndIndexNames_followDynamoDbsRule() {
    assertThat(Names.isValidTableOrIndexName("Users")).isTrue();
    assertThat(Names.isValidTableOrIndexName("a.b-c_9")).isTrue();
    assertThat(Names.isValidTableOrIndexName("ab")).isFalse();
    assertThat(Names.isValidTableOrIndexName("a b c")).isFalse();
    assertThat(Names.isValidTableOrIndexName("x".repeat(255))).isTrue();
    assertThat(Names.isValidTableOrIndexName("x".repeat(256))).isFalse();
  }
}
