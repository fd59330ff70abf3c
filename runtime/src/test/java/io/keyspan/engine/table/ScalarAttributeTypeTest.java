package io.keyspan.engine.table;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.value.AttributeValue;
import org.junit.jupiter.api.Test;

/** Each key type accepts the value type of the same name. */
class ScalarAttributeTypeTest {
  @Test
  void valueType_isTheValueTypeOfTheSameName() {
    for (ScalarAttributeType type : ScalarAttributeType.values()) {
      assertThat(type.valueType()).isEqualTo(AttributeValue.Type.valueOf(type.name()));
    }
  }
}
