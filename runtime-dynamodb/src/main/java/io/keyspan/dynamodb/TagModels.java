package io.keyspan.dynamodb;

import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.ListTagsOfResourceResponse;
import io.keyspan.engine.Tag;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.UntagResourceRequest;
import java.util.List;

/** Tag requests and responses between the SPI and the SDK. */
final class TagModels {
  private TagModels() {}

  static List<software.amazon.awssdk.services.dynamodb.model.Tag> toSdk(List<Tag> tags) {
    return tags.stream()
        .map(
            tag ->
                software.amazon.awssdk.services.dynamodb.model.Tag.builder()
                    .key(tag.key())
                    .value(tag.value())
                    .build())
        .toList();
  }

  static software.amazon.awssdk.services.dynamodb.model.TagResourceRequest tagResource(
      TagResourceRequest request) {
    return software.amazon.awssdk.services.dynamodb.model.TagResourceRequest.builder()
        .resourceArn(request.resourceArn())
        .tags(toSdk(request.tags()))
        .build();
  }

  static software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest untagResource(
      UntagResourceRequest request) {
    return software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest.builder()
        .resourceArn(request.resourceArn())
        .tagKeys(request.tagKeys())
        .build();
  }

  static software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest listTags(
      ListTagsOfResourceRequest request) {
    return software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest.builder()
        .resourceArn(request.resourceArn())
        .nextToken(request.nextToken())
        .build();
  }

  static ListTagsOfResourceResponse fromSdk(
      software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse response) {
    return new ListTagsOfResourceResponse(
        response.tags().stream().map(tag -> new Tag(tag.key(), tag.value())).toList(),
        response.nextToken());
  }
}
