package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * ReturnItemCollectionMetrics over the wire. API ItemCollectionMetrics
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ItemCollectionMetrics.html):
 * only when asked for, and only for a table with local secondary indexes; the Developer Guide's
 * UpdateItem example shows a small collection as {@code [0.0, 1.0]}
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html#LSI.ItemCollections).
 */
class ItemCollectionMetricsOverSdkTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  private static final ItemCollectionMetrics FORUM_EC2 =
      ItemCollectionMetrics.builder()
          .itemCollectionKey(Map.of("ForumName", s("EC2")))
          .sizeEstimateRangeGB(0.0, 1.0)
          .build();

  @BeforeEach
  void createTables() {
    // The guide's Thread table: ForumName, Subject, and the LSI LastPostIndex on LastPostDateTime.
    local
        .client()
        .createTable(
            create ->
                create
                    .tableName("Thread")
                    .attributeDefinitions(
                        string("ForumName"), string("Subject"), string("LastPostDateTime"))
                    .keySchema(key("ForumName", KeyType.HASH), key("Subject", KeyType.RANGE))
                    .localSecondaryIndexes(
                        LocalSecondaryIndex.builder()
                            .indexName("LastPostIndex")
                            .keySchema(
                                key("ForumName", KeyType.HASH),
                                key("LastPostDateTime", KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                            .build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
    local.createTable("Plain", "ForumName", "Subject");
  }

  @Test
  void putItem_onATableWithALocalIndex_sendsTheCollectionKeyAndItsSizeRange() {
    HttpResponse<String> response =
        new WireClient(local.server().endpoint())
            .call(
                "PutItem",
                "{\"TableName\":\"Thread\",\"Item\":{\"ForumName\":{\"S\":\"EC2\"},"
                    + "\"Subject\":{\"S\":\"a\"}},\"ReturnItemCollectionMetrics\":\"SIZE\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"ItemCollectionMetrics\":{\"ItemCollectionKey\":{\"ForumName\":{\"S\":\"EC2\"}},"
                + "\"SizeEstimateRangeGB\":[0.0,1.0]}}");
  }

  @Test
  void updateAndDeleteItem_reportTheCollection_onlyWhenAskedFor_andOnlyWithLocalIndexes() {
    var client = local.client();
    assertThat(
            client
                .updateItem(
                    u ->
                        u.tableName("Thread")
                            .key(Map.of("ForumName", s("EC2"), "Subject", s("a")))
                            .updateExpression("SET LastPostDateTime = :t")
                            .expressionAttributeValues(Map.of(":t", s("2026")))
                            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics())
        .isEqualTo(FORUM_EC2);
    assertThat(
            client
                .deleteItem(
                    d ->
                        d.tableName("Thread")
                            .key(Map.of("ForumName", s("EC2"), "Subject", s("a")))
                            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics())
        .isEqualTo(FORUM_EC2);
    assertThat(
            client
                .putItem(
                    p ->
                        p.tableName("Thread")
                            .item(Map.of("ForumName", s("EC2"), "Subject", s("a"))))
                .itemCollectionMetrics())
        .isNull();
    assertThat(
            client
                .putItem(
                    p ->
                        p.tableName("Plain")
                            .item(Map.of("ForumName", s("EC2"), "Subject", s("a")))
                            .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE))
                .itemCollectionMetrics())
        .isNull();
  }

  @Test
  void batchWriteAndTransactWrite_reportTheCollectionsPerTableWithLocalIndexes() {
    var client = local.client();
    WriteRequest put =
        WriteRequest.builder()
            .putRequest(
                PutRequest.builder().item(Map.of("ForumName", s("EC2"), "Subject", s("a"))).build())
            .build();
    var batch =
        client.batchWriteItem(
            b ->
                b.requestItems(Map.of("Thread", List.of(put), "Plain", List.of(put)))
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
    assertThat(batch.itemCollectionMetrics()).containsExactly("Thread", List.of(FORUM_EC2));

    var transaction =
        client.transactWriteItems(
            t ->
                t.transactItems(
                        TransactWriteItem.builder()
                            .put(
                                p ->
                                    p.tableName("Thread")
                                        .item(Map.of("ForumName", s("EC2"), "Subject", s("b"))))
                            .build(),
                        TransactWriteItem.builder()
                            .put(
                                p ->
                                    p.tableName("Plain")
                                        .item(Map.of("ForumName", s("EC2"), "Subject", s("b"))))
                            .build())
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
    assertThat(transaction.itemCollectionMetrics()).containsExactly("Thread", List.of(FORUM_EC2));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
