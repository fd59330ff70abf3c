package io.keyspan.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.exception.ValidationException;
import java.io.IOException;

/**
 * Reads a request body into JSON with bounded work: strict UTF-8 first (see {@link StrictUtf8}),
 * then a parser whose limits follow DynamoDB's own. A body DynamoDB cannot deserialize gets its
 * bare SerializationException; a name or a nesting beyond DynamoDB's limits gets its
 * ValidationException while parsing, before any tree that deep is built.
 *
 * <p>The tree is built from Jackson's streaming parser, node for node as {@code
 * ObjectMapper.readTree} with {@code FAIL_ON_TRAILING_TOKENS} builds it (the last of duplicate
 * names wins; integers are int, long or big integer nodes by size; other numbers doubles): the
 * mapper's configuration and serializer machinery (some 400 classes) would be most of the first
 * request's cost in a fresh JVM.
 */
final class RequestJson {
  /**
   * Attribute names are at most 65,535 bytes, so at most as many characters
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html). Longer
   * JSON names stop the parser; shorter ones are measured in bytes by {@link AttributeNames}.
   */
  static final int MAX_NAME_CHARACTERS = AttributeNames.MAX_BYTES;

  /**
   * Bounds the parser's recursion. Attribute values are held to DynamoDB's 32 levels as they are
   * read ({@link WireValues}), so this bound only stops bodies that no request could need (a value
   * 32 levels deep is about 70 JSON levels below the top); what exceeds it is reported as the
   * nesting error, the only DynamoDB rule such a body can be breaking.
   */
  static final int MAX_JSON_DEPTH = 1_000;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNameLength(MAX_NAME_CHARACTERS)
                  .maxNestingDepth(MAX_JSON_DEPTH)
                  .build())
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RequestJson() {}

  /** The body as JSON, or DynamoDB's error for a body it would not accept. */
  static JsonNode read(byte[] body) {
    if (!StrictUtf8.isValid(body)) {
      throw WireException.malformedBody();
    }
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return MissingNode.getInstance();
      }
      JsonNode tree = value(parser, first);
      if (parser.nextToken() != null) {
        throw WireException.malformedBody();
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw limitExceeded(e);
    } catch (IOException e) {
      if (e.getCause() instanceof StreamConstraintsException limit) {
        throw limitExceeded(limit);
      }
      throw WireException.malformedBody();
    }
  }

  /** The value that starts at {@code token}; the parser ends on its last token. */
  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw WireException.malformedBody(); // no other token starts a value in JSON text
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      object.set(name, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(value(parser, token));
    }
    return array;
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private static RuntimeException limitExceeded(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Name length")) {
      return new ValidationException(AttributeNames.TOO_LARGE);
    }
    if (message.startsWith("Document nesting depth")) {
      return new ValidationException(WireValues.NESTING_TOO_DEEP);
    }
    return WireException.malformedBody();
  }
}
