package io.keyspan.engine;

import java.util.List;

/**
 * One page of a resource's tags.
 *
 * @param nextToken where the next page starts, or null on the last page
 */
public record ListTagsOfResourceResponse(List<Tag> tags, String nextToken) {
  public ListTagsOfResourceResponse {
    tags = List.copyOf(tags);
  }
}
