package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JsonNode attributes: objects as M, arrays as L, scalars as S, N, BOOL and NULL. */
class JsonNodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonDocument_roundTrips_andIsStoredAsNativeDocumentTypes() throws Exception {
    JsonNode payload =
        JSON.readTree(
            "{\"name\":\"Ada\",\"age\":36,\"big\":12345678901234,\"huge\":123456789012345678901234567890,"
                + "\"ratio\":0.25,\"tags\":[\"a\",1,true,null],\"empty\":{},\"none\":[]}");
    Event event = new Event("e1", payload);
    Map<String, AttributeValue> item = EventSchema.instance().toItem(event);
    AttributeValue.M stored = (AttributeValue.M) item.get("payload");
    assertThat(stored.values().get("name")).isEqualTo(AttributeValue.s("Ada"));
    assertThat(stored.values().get("ratio")).isEqualTo(AttributeValue.n("0.25"));
    assertThat(stored.values().get("tags"))
        .isEqualTo(
            AttributeValue.l(
                AttributeValue.s("a"),
                AttributeValue.n(1),
                AttributeValue.bool(true),
                AttributeValue.nul()));
    assertThat(EventSchema.instance().fromItem(item)).isEqualTo(event);
  }
}
