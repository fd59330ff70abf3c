package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import org.junit.jupiter.api.Test;

/** With a per-method test instance, the constructor gets that method's engine. */
@KeyspanTest(tables = User.class)
class ConstructorInjectionTest {
  private final Keyspan fromConstructor;

  ConstructorInjectionTest(Keyspan keyspan) {
    this.fromConstructor = keyspan;
  }

  @Test
  void theConstructorAndTheMethod_shareTheMethodsEngine(Keyspan keyspan) {
    assertThat(keyspan).isSameInstanceAs(fromConstructor);
  }
}
