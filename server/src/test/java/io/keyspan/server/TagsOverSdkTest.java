package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * TagResource, UntagResource, ListTagsOfResource and CreateTable's Tags driven by the AWS SDK v2,
 * addressing the table by the TableArn its description reports.
 */
class TagsOverSdkTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  private String createTable(Tag... tags) {
    return local
        .client()
        .createTable(
            request ->
                request
                    .tableName("Orders")
                    .attributeDefinitions(
                        AttributeDefinition.builder()
                            .attributeName("id")
                            .attributeType(ScalarAttributeType.S)
                            .build())
                    .keySchema(
                        KeySchemaElement.builder()
                            .attributeName("id")
                            .keyType(KeyType.HASH)
                            .build())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .tags(tags))
        .tableDescription()
        .tableArn();
  }

  @Test
  void theReportedTableArn_addressesTheTablesTags() {
    String arn = createTable(Tag.builder().key("env").value("test").build());
    assertThat(local.client().describeTable(r -> r.tableName("Orders")).table().tableArn())
        .isEqualTo(arn);

    local
        .client()
        .tagResource(r -> r.resourceArn(arn).tags(Tag.builder().key("team").value("a").build()));
    local.client().untagResource(r -> r.resourceArn(arn).tagKeys("env"));

    var response = local.client().listTagsOfResource(r -> r.resourceArn(arn));
    assertThat(response.tags()).containsExactly(Tag.builder().key("team").value("a").build());
    assertThat(response.nextToken()).isNull();
  }

  @Test
  void aMissingTable_isResourceNotFound_withDynamoDbsText() {
    String arn = "arn:aws:dynamodb:ddblocal:000000000000:table/Missing";

    ResourceNotFoundException error =
        assertThrows(
            ResourceNotFoundException.class,
            () -> local.client().listTagsOfResource(r -> r.resourceArn(arn)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("Requested resource not found: ResourcArn: " + arn + " not found");
  }

  @Test
  void anInvalidTagOnCreateTable_isAValidationException_andCreatesNoTable() {
    DynamoDbException error =
        assertThrows(
            DynamoDbException.class,
            () -> createTable(Tag.builder().key("a,b").value("v").build()));

    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("The Tag Key provided is invalid, Key: a,b");
    assertThat(local.client().listTables().tableNames()).isEmpty();
  }

  @Test
  void tagResourceWithoutTags_failsTheMemberConstraint() {
    String arn = createTable();

    DynamoDbException error =
        assertThrows(
            DynamoDbException.class, () -> local.client().tagResource(r -> r.resourceArn(arn)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo(
            "1 validation error detected: Value null at 'tags' failed to satisfy constraint:"
                + " Member must not be null");
  }
}
