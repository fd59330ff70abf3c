package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.ListTagsOfResourceResponse;
import io.keyspan.engine.Tag;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.UntagResourceRequest;
import java.util.List;

/**
 * TagResource, UntagResource and ListTagsOfResource. The engine checks the ARN, keys and values
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html); the wire
 * checks only that the lists are present.
 */
final class TagOperations {
  private TagOperations() {}

  static ObjectNode tagResource(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    List<Tag> tags = tags(request, constraints);
    constraints.notNull("tags", tags);
    constraints.check();
    engine.tagResource(new TagResourceRequest(request.string("ResourceArn"), tags));
    return WireResponses.object();
  }

  static ObjectNode untagResource(Engine engine, WireObject request) {
    Constraints constraints = new Constraints();
    List<String> keys = request.strings("TagKeys");
    constraints.notNull("tagKeys", keys);
    constraints.check();
    engine.untagResource(new UntagResourceRequest(request.string("ResourceArn"), keys));
    return WireResponses.object();
  }

  static ObjectNode listTagsOfResource(Engine engine, WireObject request) {
    ListTagsOfResourceResponse response =
        engine.listTagsOfResource(
            new ListTagsOfResourceRequest(
                request.string("ResourceArn"), request.string("NextToken")));
    ObjectNode json = WireResponses.object();
    ArrayNode tags = json.putArray("Tags");
    response
        .tags()
        .forEach(tag -> tags.addObject().put("Key", tag.key()).put("Value", tag.value()));
    if (response.nextToken() != null) {
      json.put("NextToken", response.nextToken());
    }
    return json;
  }

  /** The request's {@code Tags} (TagResource, CreateTable), or null when absent. */
  static List<Tag> tags(WireObject request, Constraints constraints) {
    return TableOperations.elements(
        request,
        "Tags",
        "tags",
        constraints,
        (tag, path) -> new Tag(tag.string("Key"), tag.string("Value")));
  }
}
