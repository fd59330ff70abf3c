package io.keyspan.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Raw DynamoDB JSON requests over HTTP: the same bytes sent to any endpoint, so differential tests
 * compare the wire layer itself, which the SDK would otherwise smooth over.
 */
final class WireCalls {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private WireCalls() {}

  /** One request: the operation (X-Amz-Target suffix) and its JSON body. */
  record Call(String operation, String body) {
    @Override
    public String toString() {
      return operation + " " + body;
    }
  }

  /** The HTTP status and the parsed body of one answer. */
  record Answer(int status, JsonNode body) {
    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** A call whose body is written with single quotes for readability. */
  static Call call(String operation, String body) {
    return new Call(operation, body.replace('\'', '"'));
  }

  static Answer send(URI endpoint, Call call) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810." + call.operation())
            .header("X-Amz-Date", "20261127T000000Z")
            // The emulators only require that a signature is present; the server checks none
            // unless told.
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=test/20261127/us-east-1/dynamodb/aws4_request, "
                    + "SignedHeaders=host;x-amz-date, Signature=0")
            .POST(HttpRequest.BodyPublishers.ofString(call.body()))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), parsed(response.body()));
  }

  /** The body as JSON, or as one text node when an endpoint answers otherwise (an HTML 500). */
  private static JsonNode parsed(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException notJson) {
      return JSON.getNodeFactory().textNode(body.length() > 200 ? body.substring(0, 200) : body);
    }
  }
}
