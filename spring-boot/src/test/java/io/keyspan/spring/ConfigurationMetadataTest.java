package io.keyspan.spring;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The metadata IDEs read to complete and document the {@code keyspan.*} properties. */
class ConfigurationMetadataTest {

  @Test
  void everyProperty_hasItsDefaultAndDescription() throws IOException {
    Map<String, JsonNode> properties = new TreeMap<>();
    try (InputStream json =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      new ObjectMapper()
          .readTree(json)
          .get("properties")
          .forEach(p -> properties.put(p.get("name").asText(), p));
    }
    assertThat(properties.keySet())
        .containsExactly("keyspan.create-tables", "keyspan.engine", "keyspan.table-name-prefix");
    assertThat(properties.get("keyspan.engine").get("defaultValue").asText()).isEqualTo("memory:");
    assertThat(properties.get("keyspan.create-tables").get("defaultValue").asBoolean()).isFalse();
    properties.values().forEach(p -> assertThat(p.path("description").asText()).isNotEmpty());
  }
}
