package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;
import io.keyspan.engine.table.TableDescription;

/**
 * A table's {@code StreamSpecification} in CreateTable and UpdateTable, and the stream members of
 * its description
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html).
 */
final class StreamSpecifications {
  private StreamSpecifications() {}

  /** The requested setting; null when the request has none. */
  static StreamSpecification read(WireObject request, Constraints constraints) {
    WireObject specification = request.object("StreamSpecification");
    if (specification == null) {
      return null;
    }
    Boolean enabled = specification.bool("StreamEnabled");
    constraints.notNull("streamSpecification.streamEnabled", enabled);
    StreamViewType viewType =
        constraints.enumValue(
            "streamSpecification.streamViewType",
            specification.string("StreamViewType"),
            StreamViewType.values());
    return enabled == null ? null : new StreamSpecification(enabled, viewType);
  }

  /** DescribeTable shows the setting only while a stream is enabled, and the latest stream. */
  static void write(ObjectNode json, TableDescription table) {
    StreamSpecification specification = table.streamSpecification();
    if (specification.streamEnabled()) {
      ObjectNode member = json.putObject("StreamSpecification");
      member.put("StreamEnabled", true);
      member.put("StreamViewType", specification.streamViewType().name());
    }
    if (table.latestStreamArn() != null) {
      json.put("LatestStreamArn", table.latestStreamArn());
      json.put("LatestStreamLabel", table.latestStreamLabel());
    }
  }
}
