package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The members of ConsumedCapacity per operation and ReturnConsumedCapacity mode, replaying the
 * response examples of the AWS CLI reference for DynamoDB
 * (https://docs.aws.amazon.com/cli/latest/reference/dynamodb/index.html): put-item and query report
 * {@code CapacityUnits} alone (TOTAL), query and batch-write-item add {@code Table} and the index
 * shares with their {@code CapacityUnits} (INDEXES), and transact-get-items and
 * transact-write-items report {@code ReadCapacityUnits} or {@code WriteCapacityUnits} beside {@code
 * CapacityUnits}. The tables are the examples' MusicCollection, with its local index
 * AlbumTitleIndex, and a copy without it.
 */
class ConsumedCapacityShapeTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  private static final String SONG = "\"Artist\":{\"S\":\"%s\"},\"SongTitle\":{\"S\":\"%s\"}";

  /** The three PutRequests of the batch-write-item example. */
  private static final String SONGS =
      String.join(
          ",",
          put("No One You Know", "Call Me Today", "Somewhat Famous"),
          put("Acme Band", "Happy Day", "Songs About Life"),
          put("No One You Know", "Scared of My Shadow", "Blue Sky Blues"));

  @BeforeEach
  void createTables() {
    String definitions =
        "\"AttributeDefinitions\":[{\"AttributeName\":\"Artist\",\"AttributeType\":\"S\"},"
            + "{\"AttributeName\":\"SongTitle\",\"AttributeType\":\"S\"},"
            + "{\"AttributeName\":\"AlbumTitle\",\"AttributeType\":\"S\"}],"
            + "\"KeySchema\":[{\"AttributeName\":\"Artist\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"SongTitle\",\"KeyType\":\"RANGE\"}],"
            + "\"BillingMode\":\"PAY_PER_REQUEST\"";
    ok(
        call(
            "CreateTable",
            "{\"TableName\":\"MusicCollection\","
                + definitions
                + ",\"LocalSecondaryIndexes\":[{\"IndexName\":\"AlbumTitleIndex\","
                + "\"KeySchema\":[{\"AttributeName\":\"Artist\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"AlbumTitle\",\"KeyType\":\"RANGE\"}],"
                + "\"Projection\":{\"ProjectionType\":\"INCLUDE\","
                + "\"NonKeyAttributes\":[\"Genre\",\"Year\"]}}]}"));
    ok(
        call(
            "CreateTable",
            "{\"TableName\":\"Music\","
                + definitions.replace(
                    ",{\"AttributeName\":\"AlbumTitle\",\"AttributeType\":\"S\"}", "")
                + "}"));
  }

  @Test
  void putItem_total_isCapacityUnitsAlone() {
    JsonNode response =
        ok(
            call(
                "PutItem",
                "{\"TableName\":\"Music\",\"Item\":{"
                    + song("No One You Know", "Call Me Today")
                    + ",\"AlbumTitle\":{\"S\":\"Somewhat Famous\"}},"
                    + "\"ReturnConsumedCapacity\":\"TOTAL\"}"));
    assertThat(response)
        .isEqualTo(json("{\"ConsumedCapacity\":{\"CapacityUnits\":1.0,\"TableName\":\"Music\"}}"));
  }

  @Test
  void batchWriteItem_indexes_splitsTableAndLocalIndex_withoutWriteCapacityUnits() {
    JsonNode response =
        ok(
            call(
                "BatchWriteItem",
                "{\"RequestItems\":{\"MusicCollection\":["
                    + SONGS
                    + "]},\"ReturnConsumedCapacity\":\"INDEXES\","
                    + "\"ReturnItemCollectionMetrics\":\"SIZE\"}"));
    assertThat(response)
        .isEqualTo(
            json(
                "{\"UnprocessedItems\":{},\"ItemCollectionMetrics\":{\"MusicCollection\":["
                    + "{\"ItemCollectionKey\":{\"Artist\":{\"S\":\"No One You Know\"}},"
                    + "\"SizeEstimateRangeGB\":[0.0,1.0]},"
                    + "{\"ItemCollectionKey\":{\"Artist\":{\"S\":\"Acme Band\"}},"
                    + "\"SizeEstimateRangeGB\":[0.0,1.0]}]},"
                    + "\"ConsumedCapacity\":[{\"TableName\":\"MusicCollection\","
                    + "\"CapacityUnits\":6.0,\"Table\":{\"CapacityUnits\":3.0},"
                    + "\"LocalSecondaryIndexes\":{\"AlbumTitleIndex\":{\"CapacityUnits\":3.0}}}]}"));
  }

  @Test
  void query_ofALocalIndex_indexes_chargesTheIndex_andShowsTheTablesZero() {
    writeSongs();
    JsonNode response =
        ok(
            call(
                "Query",
                "{\"TableName\":\"MusicCollection\",\"IndexName\":\"AlbumTitleIndex\","
                    + "\"KeyConditionExpression\":\"Artist = :v1\","
                    + "\"ExpressionAttributeValues\":{\":v1\":{\"S\":\"No One You Know\"}},"
                    + "\"Select\":\"ALL_PROJECTED_ATTRIBUTES\",\"ReturnConsumedCapacity\":\"INDEXES\"}"));
    assertThat(response.get("ConsumedCapacity"))
        .isEqualTo(
            json(
                "{\"TableName\":\"MusicCollection\",\"CapacityUnits\":0.5,"
                    + "\"Table\":{\"CapacityUnits\":0.0},"
                    + "\"LocalSecondaryIndexes\":{\"AlbumTitleIndex\":{\"CapacityUnits\":0.5}}}"));
  }

  @Test
  void transactGetItems_total_addsReadCapacityUnits() {
    writeSongs();
    JsonNode response =
        ok(
            call(
                "TransactGetItems",
                "{\"TransactItems\":[{\"Get\":{\"TableName\":\"MusicCollection\",\"Key\":{"
                    + song("Acme Band", "Happy Day")
                    + "}}},{\"Get\":{\"TableName\":\"MusicCollection\",\"Key\":{"
                    + song("No One You Know", "Call Me Today")
                    + "}}}],\"ReturnConsumedCapacity\":\"TOTAL\"}"));
    assertThat(response.get("ConsumedCapacity"))
        .isEqualTo(
            json(
                "[{\"TableName\":\"MusicCollection\",\"CapacityUnits\":4.0,"
                    + "\"ReadCapacityUnits\":4.0}]"));
  }

  @Test
  void transactWriteItems_total_addsWriteCapacityUnits() {
    writeSongs();
    JsonNode response =
        ok(
            call(
                "TransactWriteItems",
                "{\"TransactItems\":[{\"Update\":{\"TableName\":\"MusicCollection\",\"Key\":{"
                    + song("Acme Band", "Happy Day")
                    + "},\"UpdateExpression\":\"SET AlbumTitle = :newval\","
                    + "\"ExpressionAttributeValues\":{\":newval\":{\"S\":\"Updated Album Title\"}},"
                    + "\"ConditionExpression\":\"attribute_not_exists(Rating)\"}},"
                    + "{\"Delete\":{\"TableName\":\"MusicCollection\",\"Key\":{"
                    + song("No One You Know", "Call Me Today")
                    + "},\"ConditionExpression\":\"attribute_not_exists(Rating)\"}}],"
                    + "\"ReturnConsumedCapacity\":\"TOTAL\"}"));
    assertThat(response.get("ConsumedCapacity"))
        .isEqualTo(
            json(
                "[{\"TableName\":\"MusicCollection\",\"CapacityUnits\":10.0,"
                    + "\"WriteCapacityUnits\":10.0}]"));
  }

  private void writeSongs() {
    ok(call("BatchWriteItem", "{\"RequestItems\":{\"MusicCollection\":[" + SONGS + "]}}"));
  }

  private static String song(String artist, String title) {
    return String.format(SONG, artist, title);
  }

  private static String put(String artist, String title, String album) {
    return "{\"PutRequest\":{\"Item\":{"
        + song(artist, title)
        + ",\"AlbumTitle\":{\"S\":\""
        + album
        + "\"}}}}";
  }

  private HttpResponse<String> call(String operation, String body) {
    return new WireClient(local.server().endpoint()).call(operation, body);
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain("__type");
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response.body());
  }

  private static JsonNode json(String text) {
    try {
      return TestJson.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
