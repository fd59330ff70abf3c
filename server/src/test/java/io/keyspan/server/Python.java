package io.keyspan.server;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs python3 scripts for the tests that drive the server with boto3. */
final class Python {
  private Python() {}

  record Output(int exitCode, String stdout, String stderr) {}

  /** The start of every session script: boto3's DynamoDB client {@code db} on the server. */
  static final String DYNAMODB_CLIENT =
      String.join(
          "\n",
          "import sys, boto3",
          "db = boto3.client('dynamodb', endpoint_url=sys.argv[1], region_name='us-east-1',",
          "    aws_access_key_id='key', aws_secret_access_key='secret')");

  /**
   * Runs a boto3 session script (given the server's endpoint as {@code sys.argv[1]}) and returns
   * the lines it printed; the script must write nothing to stderr.
   */
  static List<String> session(String script, URI endpoint)
      throws IOException, InterruptedException {
    requireBoto3();
    Output output = run("-c", script, endpoint.toString());
    assertWithMessage("the boto3 session's stderr").that(output.stderr()).isEmpty();
    return output.stdout().lines().toList();
  }

  /** Fails loudly, with the fix, when the machine lacks python3 or boto3. */
  static void requireBoto3() throws IOException, InterruptedException {
    Output output;
    try {
      output = run("-c", "import boto3");
    } catch (IOException e) {
      throw new AssertionError(
          "These tests need python3 on the PATH, with boto3 installed: " + e.getMessage(), e);
    }
    if (output.exitCode() != 0) {
      throw new AssertionError(
          "These tests need boto3 in python3 (pip install boto3):\n" + output.stderr());
    }
  }

  /** {@code python3 <arguments>}, with its exit code and output. */
  static Output run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("python3");
    command.addAll(List.of(arguments));
    Path stderr = Files.createTempFile("keyspan-python", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
      process.getOutputStream().close();
      String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("python3 did not finish within 180 s: " + command);
      }
      return new Output(
          process.exitValue(), stdout, Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(stderr);
    }
  }
}
