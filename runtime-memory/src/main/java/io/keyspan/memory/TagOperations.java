package io.keyspan.memory;

import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.ListTagsOfResourceResponse;
import io.keyspan.engine.Tag;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.UntagResourceRequest;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * TagResource, UntagResource and ListTagsOfResource on the tables' tags. The request is validated
 * completely before the table is looked up, and a rejected request changes no tag.
 */
final class TagOperations {
  private final Catalog catalog;

  TagOperations(Catalog catalog) {
    this.catalog = catalog;
  }

  void tag(TagResourceRequest request) {
    String tableName = TableArn.tableName(request.resourceArn());
    if (request.tags().isEmpty()) {
      throw new ValidationException("Atleast one Tag needs to be provided as Input.");
    }
    TagRules.checkTags(request.tags());
    TreeMap<String, String> tags = table(tableName, request.resourceArn()).tags();
    TagRules.checkCount(tags, request.tags());
    request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
  }

  void untag(UntagResourceRequest request) {
    String tableName = TableArn.tableName(request.resourceArn());
    TagRules.checkKeys(request.tagKeys());
    table(tableName, request.resourceArn()).tags().keySet().removeAll(request.tagKeys());
  }

  /**
   * All the tags after the request's NextToken. A table has at most 50 tags and DynamoDB returns
   * them in one page, so a response never carries a NextToken; one sent is the key the listing
   * resumes after, as a client that pages by the last key it saw expects.
   */
  ListTagsOfResourceResponse list(ListTagsOfResourceRequest request) {
    String tableName = TableArn.tableName(request.resourceArn());
    TreeMap<String, String> tags = table(tableName, request.resourceArn()).tags();
    SortedMap<String, String> page =
        request.nextToken() == null ? tags : tags.tailMap(request.nextToken(), false);
    List<Tag> listed =
        page.entrySet().stream().map(entry -> new Tag(entry.getKey(), entry.getValue())).toList();
    return new ListTagsOfResourceResponse(listed, null);
  }

  private StoredTable table(String tableName, String resourceArn) {
    StoredTable table = catalog.tables.get(tableName);
    if (table == null) {
      // DynamoDB's text, misspelling included, as dynalite 4.0.0 records it
      // (actions/tagResource.js).
      throw new ResourceNotFoundException(
          "Requested resource not found: ResourcArn: " + resourceArn + " not found");
    }
    return table;
  }
}
