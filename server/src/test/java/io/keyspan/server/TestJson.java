package io.keyspan.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON mapper for tests that send hostile requests: it writes bodies deeper than Jackson's
 * default bound (1,000 levels) and reads answers that echo names longer than its default bound
 * (50,000 characters).
 */
final class TestJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(70_000).build())
              .streamWriteConstraints(
                  StreamWriteConstraints.builder().maxNestingDepth(10_000).build())
              .build());

  private TestJson() {}
}
