package io.keyspan;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.EngineContext;
import io.keyspan.engine.Engines;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The engine lookup without the user-facing handle, as the server uses it. */
class EnginesTest {
  @Test
  void open_givesTheProviderOfTheSchemeTheUriAndTheContext() {
    EngineContext context = new EngineContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    ClosableTestEngine engine = (ClosableTestEngine) Engines.open("test:somewhere", context);
    assertThat(engine.uri.toString()).isEqualTo("test:somewhere");
    assertThat(engine.context).isSameInstanceAs(context);
  }

  @Test
  void unknownScheme_isClearErrorListingAvailableSchemes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Engines.open("nosuch:x", EngineContext.systemDefault()));
    assertThat(e)
        .hasMessageThat()
        .startsWith("No Keyspan engine serves the scheme 'nosuch:' of 'nosuch:x'");
    assertThat(e).hasMessageThat().contains("Available schemes: test:");
  }
}
