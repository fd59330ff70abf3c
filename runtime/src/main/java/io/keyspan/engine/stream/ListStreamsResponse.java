package io.keyspan.engine.stream;

import java.util.List;

/**
 * ListStreams' page.
 *
 * @param lastEvaluatedStreamArn where the next page starts; null on the last page
 */
public record ListStreamsResponse(List<StreamSummary> streams, String lastEvaluatedStreamArn) {
  public ListStreamsResponse {
    streams = List.copyOf(streams);
  }
}
