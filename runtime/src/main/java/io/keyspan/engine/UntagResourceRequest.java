package io.keyspan.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * UntagResource: removes the tags with these keys from the resource; an absent key is no error.
 *
 * @param resourceArn the table's ARN, {@code arn:aws:dynamodb:<region>:<account>:table/<name>}
 */
public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {
  public UntagResourceRequest {
    // Null keys stay, so that the engine can reject them as DynamoDB does.
    tagKeys = tagKeys == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tagKeys));
  }
}
