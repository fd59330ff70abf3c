package io.keyspan.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a response tree with Jackson's streaming generator, byte for byte as {@code
 * ObjectMapper.writeValueAsBytes} writes it (members in insertion order, nulls written, numbers in
 * their node's type), without the mapper's serializer machinery (see {@link RequestJson}).
 */
final class ResponseJson {
  private static final JsonFactory JSON = new JsonFactory();

  private ResponseJson() {}

  static byte[] write(JsonNode tree) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = JSON.createGenerator(bytes)) {
      write(generator, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static void write(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
          generator.writeFieldName(member.getKey());
          write(generator, member.getValue());
        }
        generator.writeEndObject();
      }
      case ARRAY -> {
        generator.writeStartArray();
        for (JsonNode element : node) {
          write(generator, element);
        }
        generator.writeEndArray();
      }
      case STRING -> generator.writeString(node.textValue());
      case NUMBER -> number(generator, node);
      case BOOLEAN -> generator.writeBoolean(node.booleanValue());
      case NULL -> generator.writeNull();
      default ->
          throw new IllegalArgumentException("no response holds a " + node.getNodeType() + " node");
    }
  }

  private static void number(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT -> generator.writeNumber(node.intValue());
      case LONG -> generator.writeNumber(node.longValue());
      case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
      case FLOAT -> generator.writeNumber(node.floatValue());
      case DOUBLE -> generator.writeNumber(node.doubleValue());
      case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
    }
  }
}
