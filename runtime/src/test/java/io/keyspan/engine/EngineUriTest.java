package io.keyspan.engine;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EngineUriTest {

  @Test
  void bareScheme_hasEmptyTargetAndNoParameters() {
    EngineUri uri = EngineUri.parse("memory:");
    assertThat(uri.scheme()).isEqualTo("memory");
    assertThat(uri.target()).isEmpty();
    assertThat(uri.parameters()).isEmpty();
  }

  @Test
  void targetMayItselfBeAUrl() {
    EngineUri uri = EngineUri.parse("dynamodb:http://127.0.0.1:8000");
    assertThat(uri.scheme()).isEqualTo("dynamodb");
    assertThat(uri.target()).isEqualTo("http://127.0.0.1:8000");
  }

  @Test
  void parameters_areDecodedInOrder() {
    EngineUri uri = EngineUri.parse("DynamoDB:?region=eu-west-1&profile=a%20b");
    assertThat(uri.scheme()).isEqualTo("dynamodb");
    assertThat(uri.parameters()).containsExactly("region", "eu-west-1", "profile", "a b").inOrder();
  }

  @Test
  void parameterWithoutValue_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EngineUri.parse("memory:?verbose"));
    assertThat(e).hasMessageThat().contains("parameter 'verbose' is not name=value");
  }

  @Test
  void missingScheme_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EngineUri.parse("localhost"));
    assertThat(e).hasMessageThat().contains("has no scheme");
  }
}
