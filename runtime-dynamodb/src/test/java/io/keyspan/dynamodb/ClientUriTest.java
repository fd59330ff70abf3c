package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.EngineUri;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class ClientUriTest {

  private static ClientUri parse(String text) {
    return ClientUri.parse(EngineUri.parse(text));
  }

  @Test
  void bareScheme_usesTheDefaultChains() {
    assertThat(parse("dynamodb:")).isEqualTo(new ClientUri(null, null));
  }

  @Test
  void regionParameter_choosesTheRegion() {
    assertThat(parse("dynamodb:?region=eu-west-1"))
        .isEqualTo(new ClientUri(null, Region.EU_WEST_1));
  }

  @Test
  void endpoint_isALocalEmulatorOnLoopback() {
    ClientUri uri = parse("dynamodb:http://127.0.0.1:8000?region=us-west-2");

    assertThat(uri).isEqualTo(new ClientUri(URI.create("http://127.0.0.1:8000"), Region.US_WEST_2));
    assertThat(uri.isLoopback()).isTrue();
    assertThat(parse("dynamodb:http://localhost:8000").isLoopback()).isTrue();
  }

  @Test
  void unknownParameter_isRejectedNamingTheOnlyOne() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> parse("dynamodb:?profile=dev"));

    assertThat(error).hasMessageThat().contains("the only parameter is region=<name>");
  }

  @Test
  void endpointThatIsNotHttp_isRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> parse("dynamodb:ftp://host"));

    assertThat(error).hasMessageThat().contains("is not an http(s) URL with a host");
  }
}
