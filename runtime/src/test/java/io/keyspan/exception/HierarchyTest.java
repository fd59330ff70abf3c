package io.keyspan.exception;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.schema.Converters;
import io.keyspan.schema.MappingException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Every error of a Keyspan operation is a KeyspanException, so one catch handles them all. */
class HierarchyTest {
  @Test
  void invalidValue_isAValidationException() {
    KeyspanException e = assertThrows(KeyspanException.class, () -> AttributeValue.n("1E+126"));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.errorCode()).isEqualTo("ValidationException");
  }

  @Test
  void mappingError_isAClientSideKeyspanException() {
    KeyspanException e =
        assertThrows(
            KeyspanException.class,
            () -> Converters.INTEGER.fromAttributeValue(AttributeValue.s("x")));
    assertThat(e).isInstanceOf(MappingException.class);
    assertThat(e).isInstanceOf(ClientSideException.class);
    assertThat(e.errorCode()).isEqualTo("MappingException");
  }

  @Test
  void invalidCursorAndTransportErrors_haveTheirPlaces() {
    assertThat(new InvalidCursorException("Malformed cursor"))
        .isInstanceOf(ValidationException.class);
    TransportException transport =
        new TransportException("Could not reach http://127.0.0.1:1", null, true);
    assertThat(transport).isInstanceOf(ClientSideException.class);
    assertThat(transport.isRetryable()).isTrue();
  }
}
