package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.memory.MemoryEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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
  private KeyspanServer server;
  private DynamoDbClient client;

  @BeforeEach
  void start() {
    server = KeyspanServer.start(MemoryEngine.create(), 0);
    client = SdkClients.of(server);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private String createTable(Tag... tags) {
    return client
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
    assertThat(client.describeTable(r -> r.tableName("Orders")).table().tableArn()).isEqualTo(arn);

    client.tagResource(r -> r.resourceArn(arn).tags(Tag.builder().key("team").value("a").build()));
    client.untagResource(r -> r.resourceArn(arn).tagKeys("env"));

    var response = client.listTagsOfResource(r -> r.resourceArn(arn));
    assertThat(response.tags()).containsExactly(Tag.builder().key("team").value("a").build());
    assertThat(response.nextToken()).isNull();
  }

  @Test
  void aMissingTable_isResourceNotFound_withDynamoDbsText() {
    String arn = "arn:aws:dynamodb:ddblocal:000000000000:table/Missing";

    ResourceNotFoundException error =
        assertThrows(
            ResourceNotFoundException.class,
            () -> client.listTagsOfResource(r -> r.resourceArn(arn)));

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
    assertThat(client.listTables().tableNames()).isEmpty();
  }

  @Test
  void tagResourceWithoutTags_failsTheMemberConstraint() {
    String arn = createTable();

    DynamoDbException error =
        assertThrows(DynamoDbException.class, () -> client.tagResource(r -> r.resourceArn(arn)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo(
            "1 validation error detected: Value null at 'tags' failed to satisfy constraint:"
                + " Member must not be null");
  }
}
