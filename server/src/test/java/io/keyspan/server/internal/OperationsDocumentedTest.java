package io.keyspan.server.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.keyspan.memory.MemoryEngine;
import io.keyspan.server.KeyspanServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "What the server serves, operation by operation" stays true: its table names exactly
 * the operations the server answers, and every operation it lists as not served is answered with
 * DynamoDB's UnknownOperationException.
 */
class OperationsDocumentedTest {
  /** A capitalized word: in the table's second column, prose is lowercase. */
  private static final Pattern WORD = Pattern.compile("\\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\\b");

  /** A word of two or more capitalized parts: among the prose below the table, an operation. */
  private static final Pattern CAMEL_CASE = Pattern.compile("\\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\\b");

  private static String section() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("### What the server serves, operation by operation");
    assertWithMessage("the README's operations section").that(start).isAtLeast(0);
    return readme.substring(start, readme.indexOf("\n## ", start));
  }

  /** CamelCase names, leaving out what stands in backticks (parameters, not operations). */
  private static Set<String> operationsIn(String text, Pattern operation) {
    Matcher matcher = operation.matcher(text.replaceAll("`[^`]*`", ""));
    Set<String> names = new TreeSet<>();
    while (matcher.find()) {
      names.add(matcher.group());
    }
    return names;
  }

  @Test
  void theTable_namesEveryOperationTheServerAnswers_andNoOther() throws IOException {
    String table =
        Arrays.stream(section().split("\n"))
            .filter(line -> line.startsWith("| ") && !line.startsWith("| area"))
            .map(line -> line.split("\\|")[2].replaceAll("\\([^)]*\\)", ""))
            .collect(Collectors.joining(" "));

    Set<String> served =
        Arrays.stream(Operation.values())
            .map(Operation::wireName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(operationsIn(table, WORD)).containsExactlyElementsIn(served);
  }

  @Test
  void everyOperationListedAsNotServed_isUnknownToTheServer() throws Exception {
    String notServed = section().substring(section().indexOf("Not served"));
    List<String> operations = List.copyOf(operationsIn(notServed, CAMEL_CASE));
    assertThat(operations).contains("CreateBackup");

    try (KeyspanServer server = KeyspanServer.start(MemoryEngine.create(), 0)) {
      HttpClient client = HttpClient.newHttpClient();
      for (String operation : operations) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(server.endpoint().resolve("/"))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertWithMessage(operation).that(response.statusCode()).isEqualTo(400);
        assertWithMessage(operation).that(response.body()).contains("UnknownOperationException");
      }
    }
  }
}
