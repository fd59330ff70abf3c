package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.Tag;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.UntagResourceRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * TagResource, UntagResource, ListTagsOfResource and CreateTable's Tags
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html).
 */
public abstract class TagContract extends EngineContract {

  /** The ARN the engine's service gives a table of this name. */
  protected String tableArn(String table) {
    return "arn:aws:dynamodb:ddblocal:000000000000:table/" + table;
  }

  private List<Tag> tagsOf(String arn) {
    return engine().listTagsOfResource(new ListTagsOfResourceRequest(arn, null)).tags();
  }

  // API TagResource / UntagResource: a key's value is replaced; an absent key untags silently.
  @Test
  void tags_areAddedReplacedAndRemoved() {
    String arn = tableArn(createTable("tags", false));

    engine()
        .tagResource(
            new TagResourceRequest(arn, List.of(new Tag("team", "a"), new Tag("env", "test"))));
    engine().tagResource(new TagResourceRequest(arn, List.of(new Tag("team", "b"))));
    assertThat(tagsOf(arn)).containsExactly(new Tag("team", "b"), new Tag("env", "test"));

    engine().untagResource(new UntagResourceRequest(arn, List.of("env", "absent")));
    assertThat(tagsOf(arn)).containsExactly(new Tag("team", "b"));
  }

  // API CreateTable: Tags are the table's first tags.
  @Test
  void createTable_tagsTheTable() {
    String table = newTableName("created_tagged");
    engine()
        .createTable(
            new CreateTableRequest(
                table,
                List.of(new AttributeDefinition("pk", ScalarAttributeType.S)),
                List.of(KeySchemaElement.hash("pk")),
                List.of(),
                List.of(),
                BillingMode.PAY_PER_REQUEST,
                null,
                null,
                List.of(new Tag("env", "prod"))));

    if (has(Deviation.NO_TAGS_ON_CREATE_TABLE)) {
      assertThat(tagsOf(tableArn(table))).isEmpty();
    } else {
      assertThat(tagsOf(tableArn(table))).containsExactly(new Tag("env", "prod"));
    }
  }

  // API TagResource: ResourceNotFoundException for a table that does not exist.
  @Test
  void aMissingTable_isResourceNotFound() {
    String arn = tableArn(newTableName("never_created"));

    assertThrows(
        ResourceNotFoundException.class,
        () -> engine().tagResource(new TagResourceRequest(arn, List.of(new Tag("a", "b")))));
    assertThrows(
        ResourceNotFoundException.class,
        () -> engine().listTagsOfResource(new ListTagsOfResourceRequest(arn, null)));
  }

  // Tagging restrictions: the aws: prefix is reserved; nothing of a rejected request is applied.
  @Test
  void theAwsPrefix_isRejected() {
    String arn = tableArn(createTable("reserved", false));
    List<Tag> tags = List.of(new Tag("good", "v"), new Tag("aws:zzz", "v"));
    if (has(Deviation.NO_TAG_VALIDATION)) {
      engine().tagResource(new TagResourceRequest(arn, tags));
      assertThat(tagsOf(arn)).containsExactlyElementsIn(tags);
      return;
    }

    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine().tagResource(new TagResourceRequest(arn, tags)));

    if (!has(Deviation.LOOSE_VALIDATION)) {
      assertThat(error)
          .hasMessageThat()
          .isEqualTo("Tag Key cannot be prefixed with aws:, Key: aws:zzz");
    }
    assertThat(tagsOf(arn)).isEmpty();
  }

  // Tagging restrictions: at most 50 tags per table, a ValidationException past that.
  @Test
  void theFiftyFirstTag_isRejected() {
    String arn = tableArn(createTable("fifty", false));
    List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> new Tag("k" + i, "v")).toList();
    engine().tagResource(new TagResourceRequest(arn, fifty));
    if (has(Deviation.NO_TAG_VALIDATION)) {
      engine().tagResource(new TagResourceRequest(arn, List.of(new Tag("k50", "v"))));
      assertThat(tagsOf(arn)).hasSize(51);
      return;
    }

    ValidationException error =
        assertThrows(
            ValidationException.class,
            () -> engine().tagResource(new TagResourceRequest(arn, List.of(new Tag("k50", "v")))));

    if (!has(Deviation.LOOSE_VALIDATION)) {
      assertThat(error)
          .hasMessageThat()
          .isEqualTo("Number of Tags exceed the current limit for the provided ResourceArn");
    }
    assertThat(tagsOf(arn)).hasSize(50);
  }
}
