package io.keyspan.dynamodb;

import io.keyspan.engine.table.StreamSpecification;
import io.keyspan.engine.table.StreamViewType;

/** A table's stream setting between the engine SPI and the SDK's model. */
final class StreamModels {
  private StreamModels() {}

  static software.amazon.awssdk.services.dynamodb.model.StreamSpecification toSdk(
      StreamSpecification specification) {
    var builder =
        software.amazon.awssdk.services.dynamodb.model.StreamSpecification.builder()
            .streamEnabled(specification.streamEnabled());
    if (specification.streamViewType() != null) {
      builder.streamViewType(specification.streamViewType().name());
    }
    return builder.build();
  }

  /** DynamoDB omits the member when the table has no enabled stream. */
  static StreamSpecification fromSdk(
      software.amazon.awssdk.services.dynamodb.model.StreamSpecification specification) {
    return specification == null || !Boolean.TRUE.equals(specification.streamEnabled())
        ? StreamSpecification.DISABLED
        : StreamSpecification.enabled(
            StreamViewType.valueOf(specification.streamViewTypeAsString()));
  }
}
