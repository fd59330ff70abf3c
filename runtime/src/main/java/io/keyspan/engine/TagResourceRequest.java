package io.keyspan.engine;

import java.util.List;

/**
 * TagResource: adds the tags to the resource, replacing the value of a key it already has.
 *
 * @param resourceArn the table's ARN, {@code arn:aws:dynamodb:<region>:<account>:table/<name>}
 */
public record TagResourceRequest(String resourceArn, List<Tag> tags) {
  public TagResourceRequest {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
