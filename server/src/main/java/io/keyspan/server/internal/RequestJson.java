package io.keyspan.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyspan.exception.ValidationException;
import java.io.IOException;

/**
 * Reads a request body into JSON with bounded work: strict UTF-8 first (see {@link StrictUtf8}),
 * then a parser whose limits follow DynamoDB's own. A body DynamoDB cannot deserialize gets its bare
 * SerializationException; a name or a nesting beyond DynamoDB's limits gets its ValidationException
 * while parsing, before any tree that deep is built.
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

  private static final ObjectMapper JSON =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNameLength(MAX_NAME_CHARACTERS)
                          .maxNestingDepth(MAX_JSON_DEPTH)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RequestJson() {}

  /** The body as JSON, or DynamoDB's error for a body it would not accept. */
  static JsonNode read(byte[] body) {
    if (!StrictUtf8.isValid(body)) {
      throw WireException.malformedBody();
    }
    try {
      return JSON.readTree(body);
    } catch (StreamConstraintsException e) {
      throw limitExceeded(e);
    } catch (IOException e) {
      if (e.getCause() instanceof StreamConstraintsException limit) {
        throw limitExceeded(limit);
      }
      throw WireException.malformedBody();
    }
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
