package io.keyspan.memory;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.memory.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.DeleteTableRequest;
import io.keyspan.engine.ListTablesRequest;
import io.keyspan.engine.ListTagsOfResourceRequest;
import io.keyspan.engine.Tag;
import io.keyspan.engine.TagResourceRequest;
import io.keyspan.engine.UntagResourceRequest;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Tags on tables by ARN, under DynamoDB's restrictions
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TaggingRestrictions.html).
 */
class TagsTest {
  private static final String ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/Hashed";
  private final MemoryEngine engine = Fixtures.withHashTable(Fixtures.engine());

  private List<Tag> tags() {
    return engine.listTagsOfResource(new ListTagsOfResourceRequest(ARN, null)).tags();
  }

  private void tag(Tag... tags) {
    engine.tagResource(new TagResourceRequest(ARN, List.of(tags)));
  }

  private static String rejected(Executable call) {
    return assertThrows(ValidationException.class, call).getMessage();
  }

  private static List<Tag> numbered(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> new Tag("k" + i, "v")).toList();
  }

  @Test
  void tagging_addsAndReplacesValues_listedInKeyOrder() {
    tag(new Tag("team", "a"), new Tag("env", "test"));
    tag(new Tag("team", "b"), new Tag("cost", ""));

    assertThat(tags())
        .containsExactly(new Tag("cost", ""), new Tag("env", "test"), new Tag("team", "b"))
        .inOrder();
  }

  @Test
  void untagging_removesTheKeys_andIgnoresAbsentOnes() {
    tag(new Tag("team", "a"), new Tag("env", "test"));

    engine.untagResource(new UntagResourceRequest(ARN, List.of("team", "absent")));

    assertThat(tags()).containsExactly(new Tag("env", "test"));
  }

  @Test
  void nextToken_resumesAfterThatKey() {
    tag(new Tag("a", "1"), new Tag("b", "2"), new Tag("c", "3"));

    var page = engine.listTagsOfResource(new ListTagsOfResourceRequest(ARN, "a"));

    assertThat(page.tags()).containsExactly(new Tag("b", "2"), new Tag("c", "3")).inOrder();
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void createTable_storesItsTags_andDeletingTheTableDropsThem() {
    engine.createTable(
        new CreateTableRequest(
            "Tagged",
            List.of(s("p")),
            List.of(KeySchemaElement.hash("p")),
            null,
            null,
            BillingMode.PAY_PER_REQUEST,
            null,
            null,
            List.of(new Tag("env", "prod"))));
    String arn = "arn:aws:dynamodb:us-east-1:123456789012:table/Tagged";
    assertThat(engine.listTagsOfResource(new ListTagsOfResourceRequest(arn, null)).tags())
        .containsExactly(new Tag("env", "prod"));

    engine.deleteTable(new DeleteTableRequest("Tagged"));
    engine.createTable(
        Fixtures.table("Tagged", List.of(s("p")), List.of(KeySchemaElement.hash("p"))));
    assertThat(engine.listTagsOfResource(new ListTagsOfResourceRequest(arn, null)).tags())
        .isEmpty();
  }

  @Test
  void createTable_withAnInvalidTag_createsNothing() {
    CreateTableRequest request =
        new CreateTableRequest(
            "Tagged",
            List.of(s("p")),
            List.of(KeySchemaElement.hash("p")),
            null,
            null,
            BillingMode.PAY_PER_REQUEST,
            null,
            null,
            List.of(new Tag("aws:owner", "x")));

    assertThat(rejected(() -> engine.createTable(request)))
        .isEqualTo("Tag Key cannot be prefixed with aws:, Key: aws:owner");
    assertThat(engine.listTables(new ListTablesRequest(null, null)).tableNames())
        .containsExactly("Hashed");
  }

  @Test
  void aMissingTable_isResourceNotFound_namingTheArn() {
    String arn = "arn:aws:dynamodb:ddblocal:000000000000:table/Missing";

    ResourceNotFoundException error =
        assertThrows(
            ResourceNotFoundException.class,
            () -> engine.tagResource(new TagResourceRequest(arn, List.of(new Tag("a", "b")))));

    assertThat(error)
        .hasMessageThat()
        .isEqualTo("Requested resource not found: ResourcArn: " + arn + " not found");
    assertThrows(
        ResourceNotFoundException.class,
        () -> engine.untagResource(new UntagResourceRequest(arn, List.of("a"))));
    assertThrows(
        ResourceNotFoundException.class,
        () -> engine.listTagsOfResource(new ListTagsOfResourceRequest(arn, null)));
  }

  @Test
  void aMalformedArn_isInvalidTableArn() {
    for (String arn :
        List.of(
            "Hashed",
            "arn:aws:dynamodb:ddblocal:000000000000:table/Hashed/index/ByEmail",
            "arn:aws:s3:::bucket/Hashed")) {
      assertThat(
              rejected(() -> engine.listTagsOfResource(new ListTagsOfResourceRequest(arn, null))))
          .isEqualTo("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    }
  }

  @Test
  void keysAndValues_followDynamoDbsLengthAndCharacterRules() {
    String longestKey = "k".repeat(128);
    String longestValue = "v".repeat(256);
    tag(new Tag(longestKey, longestValue), new Tag("ключ café 表", "a+b-c=d.e_f:g/h@i"));
    assertThat(tags()).hasSize(2);

    assertThat(rejected(() -> tag(new Tag(longestKey + "k", "v"))))
        .isEqualTo("The Tag Key provided is invalid, Key: " + longestKey + "k");
    assertThat(rejected(() -> tag(new Tag("", "v"))))
        .isEqualTo("The Tag Key provided is invalid, Key: ");
    assertThat(rejected(() -> tag(new Tag(null, "v"))))
        .isEqualTo("The Tag Key provided is invalid, Key: null");
    assertThat(rejected(() -> tag(new Tag("k", longestValue + "v"))))
        .isEqualTo("The Tag Value provided is invalid, Value: " + longestValue + "v");
    assertThat(rejected(() -> tag(new Tag("k", null))))
        .isEqualTo("The Tag Value provided is invalid, Value: null");
    for (String bad : List.of("100%", "a,b", "a&b", "<a>", "a;b")) {
      assertThat(rejected(() -> tag(new Tag(bad, "v"))))
          .isEqualTo("The Tag Key provided is invalid, Key: " + bad);
      assertThat(rejected(() -> tag(new Tag("k", bad))))
          .isEqualTo("The Tag Value provided is invalid, Value: " + bad);
    }
  }

  @Test
  void aRejectedRequest_appliesNoneOfItsTags() {
    assertThat(rejected(() -> tag(new Tag("good", "v"), new Tag("aws:zzz", "v"))))
        .isEqualTo("Tag Key cannot be prefixed with aws:, Key: aws:zzz");
    assertThat(rejected(() -> tag(new Tag("dup", "1"), new Tag("dup", "2"))))
        .isEqualTo("Duplicate Tag Keys provided as input: Duplicate Tag Key found dup");

    assertThat(tags()).isEmpty();
  }

  @Test
  void emptyLists_areRejected() {
    assertThat(rejected(() -> tag())).isEqualTo("Atleast one Tag needs to be provided as Input.");
    assertThat(rejected(() -> engine.untagResource(new UntagResourceRequest(ARN, List.of()))))
        .isEqualTo("Atleast one Tag Key needs to be provided as Input.");
  }

  @Test
  void fiftyTags_isTheLimit_countingOnlyNewKeys() {
    engine.tagResource(new TagResourceRequest(ARN, numbered(0, 50)));
    tag(new Tag("k0", "replaced"));
    String limit = "Number of Tags exceed the current limit for the provided ResourceArn";

    assertThat(rejected(() -> tag(new Tag("k50", "v")))).isEqualTo(limit);
    assertThat(
            rejected(
                () ->
                    engine.untagResource(
                        new UntagResourceRequest(
                            ARN, numbered(0, 51).stream().map(Tag::key).toList()))))
        .isEqualTo(limit);
    assertThat(tags()).hasSize(50);
  }

  @Test
  void untaggingAnInvalidKey_isRejected() {
    List<String> keys = new ArrayList<>(Arrays.asList("ok", ""));

    assertThat(rejected(() -> engine.untagResource(new UntagResourceRequest(ARN, keys))))
        .isEqualTo("The Tag Key provided is invalid, Key: ");
  }
}
