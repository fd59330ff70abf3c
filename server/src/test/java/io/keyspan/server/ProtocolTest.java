package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.table.TimeToLiveDescription;
import io.keyspan.engine.table.TimeToLiveStatus;
import io.keyspan.exception.CancellationReason;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.exception.IdempotentParameterMismatchException;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.exception.TransactionCanceledException;
import io.keyspan.exception.TransportException;
import io.keyspan.exception.ValidationException;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.InvalidValueException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP side of DynamoDB's JSON 1.0 protocol, against an engine that answers as told [Developer
 * Guide Programming.Errors; dynalite index.js, whose front end copies DynamoDB's].
 */
class ProtocolTest {
  private final FakeEngine engine = new FakeEngine();
  private KeyspanServer server;
  private WireClient client;

  @BeforeEach
  void start() {
    server = KeyspanServer.builder(engine).port(0).maxRequestBytes(1024).start();
    client = new WireClient(server.endpoint());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpRequest.Builder post() {
    return HttpRequest.newBuilder(server.endpoint().resolve("/"));
  }

  @Test
  void server_listensOnLoopbackAtAFreePort() {
    assertThat(server.port()).isGreaterThan(0);
    assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + server.port());
  }

  @Test
  void success_carriesRequestIdAndCrc32OfTheBody() {
    engine.answering(request -> new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "expires"));

    HttpResponse<String> response = client.call("DescribeTimeToLive", "{\"TableName\":\"Orders\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"TimeToLiveDescription\":{\"TimeToLiveStatus\":\"ENABLED\",\"AttributeName\":\"expires\"}}");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-amz-json-1.0");
    assertThat(response.headers().firstValue("x-amzn-RequestId").orElseThrow())
        .matches("[A-Z0-9]{52}");
    CRC32 crc = new CRC32();
    crc.update(response.body().getBytes(StandardCharsets.UTF_8));
    assertThat(response.headers().firstValue("x-amz-crc32"))
        .hasValue(Long.toString(crc.getValue()));
    assertThat(engine.lastRequest()).isEqualTo("Orders");
  }

  @Test
  void unknownOperation_isUnknownOperationException() {
    HttpResponse<String> response = client.call("DropEverything", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
  }

  @Test
  void missingTarget_isUnknownOperationException() {
    HttpResponse<String> response =
        client.send(
            post()
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
  }

  @Test
  void malformedJson_isSerializationExceptionWithoutMessage() {
    HttpResponse<String> response = client.call("GetItem", "{\"TableName\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\"}");
  }

  @Test
  void wrongJsonType_isSerializationExceptionWithCapitalMessage() {
    HttpResponse<String> response = client.call("DescribeTable", "{\"TableName\":42}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.service#SerializationException\","
                + "\"Message\":\"class java.lang.Short can not be converted to an String\"}");
  }

  @Test
  void wrongContentType_isNotFoundWithUnknownOperationXml() {
    HttpResponse<String> response =
        client.send(
            post()
                .header("Content-Type", "text/plain")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("<UnknownOperationException/>\n");
  }

  @Test
  void plainGet_isHealthCheck() {
    HttpResponse<String> response = client.send(post().GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("healthy:");
  }

  @Test
  void oversizedBody_isRequestEntityTooLarge() {
    HttpResponse<String> response =
        client.call("PutItem", "{\"TableName\":\"" + "x".repeat(2000) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(engine.lastRequest()).isNull();
  }

  @Test
  void missingRequiredMember_isCoralValidationMessage() {
    HttpResponse<String> response = client.call("DescribeTable", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"1"
                + " validation error detected: Value null at 'tableName' failed to satisfy"
                + " constraint: Member must not be null\"}");
  }

  @Test
  void severalConstraintViolations_areReportedTogether() {
    HttpResponse<String> response =
        client.call("Scan", "{\"TableName\":\"t\",\"Limit\":0,\"Select\":\"EVERYTHING\"}");

    assertThat(response.body())
        .contains(
            "3 validation errors detected: Value 'EVERYTHING' at 'select' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT,"
                + " ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; Value 't' at 'tableName' failed to"
                + " satisfy constraint: Member must have length greater than or equal to 3; Value"
                + " '0' at 'limit' failed to satisfy constraint: Member must have value greater"
                + " than or equal to 1");
  }

  @Test
  void engineValidationError_usesCoralValidateNamespace() {
    engine.failing(new ValidationException("The provided key element does not match the schema"));

    HttpResponse<String> response =
        client.call("GetItem", "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                + "\"message\":\"The provided key element does not match the schema\"}");
  }

  @Test
  void serviceError_usesDynamoDbNamespace() {
    engine.failing(new ResourceNotFoundException("Requested resource not found"));

    HttpResponse<String> response = client.call("DescribeTable", "{\"TableName\":\"Orders\"}");

    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                + "\"message\":\"Requested resource not found\"}");
  }

  @Test
  void conditionalCheckFailed_carriesTheOldItem() {
    // API ConditionalCheckFailedException members `message`, `Item` [Developer Guide
    // Expressions.OperatorsAndFunctions].
    engine.failing(new ConditionalCheckFailedException(Map.of("id", AttributeValue.s("1"))));

    HttpResponse<String> response =
        client.call("DeleteItem", "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}");

    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                + "\"message\":\"The conditional request failed\",\"Item\":{\"id\":{\"S\":\"1\"}}}");
  }

  @Test
  void transactionCanceled_usesCapitalMessageAndListsReasons() {
    // Developer Guide Programming.Errors: `Message` (capital M) for TransactionCanceledException.
    engine.failing(
        new TransactionCanceledException(
            List.of(CancellationReason.NONE, CancellationReason.conditionalCheckFailed(null))));

    HttpResponse<String> response =
        client.call(
            "TransactWriteItems",
            "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Orders\",\"Item\":{\"id\":{\"S\":\"1\"}}}}]}");

    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                + "\"Message\":\"Transaction cancelled, please refer cancellation reasons for"
                + " specific reasons [None, ConditionalCheckFailed]\",\"CancellationReasons\":"
                + "[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\","
                + "\"Message\":\"The conditional request failed\"}]}");
  }

  @Test
  void idempotentParameterMismatch_usesCapitalMessage() {
    engine.failing(new IdempotentParameterMismatchException("token reused"));

    HttpResponse<String> response =
        client.call(
            "TransactWriteItems",
            "{\"TransactItems\":[{\"Delete\":{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}}],"
                + "\"ClientRequestToken\":\"abc\"}");

    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException\","
                + "\"Message\":\"token reused\"}");
  }

  @Test
  void unexpectedEngineFailure_isInternalServerErrorWithoutStackTrace() {
    engine.failing(new IllegalStateException("secret internals"));

    HttpResponse<String> response = client.call("DescribeTable", "{\"TableName\":\"Orders\"}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
                + "\"message\":\"Internal server error\"}");
  }

  @Test
  void invalidValueFromTheEngine_isAValidationErrorWithDynamoDbsText() {
    // InvalidValueException is a KeyspanException (a ValidationException); the wire is as before.
    engine.failing(
        new InvalidValueException(
            "Attempting to store more than 38 significant digits in a Number"));

    HttpResponse<String> response =
        client.call("GetItem", "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                + "\"message\":\"Attempting to store more than 38 significant digits in a Number\"}");
  }

  @Test
  void clientSideFailureOfTheEngine_isInternalServerErrorWithoutItsMessage() {
    // An SDK engine behind the server that lost its connection: DynamoDB has no error for it.
    engine.failing(
        new TransportException("Could not reach http://10.0.0.1:8000: refused", null, true));

    HttpResponse<String> response = client.call("DescribeTable", "{\"TableName\":\"Orders\"}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
                + "\"message\":\"Internal server error\"}");
  }

  @Test
  void missingItem_leavesItemOut() {
    // DynamoDB omits Item when no item has the key [API GetItem].
    engine.answering(request -> new GetItemResponse(null, null));

    HttpResponse<String> response =
        client.call("GetItem", "{\"TableName\":\"Orders\",\"Key\":{\"id\":{\"S\":\"1\"}}}");

    assertThat(response.body()).isEqualTo("{}");
  }
}
