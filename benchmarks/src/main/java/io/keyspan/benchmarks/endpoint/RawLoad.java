package io.keyspan.benchmarks.endpoint;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A load generator light enough to measure a local DynamoDB endpoint rather than itself: requests
 * are serialized once, before the run, and replayed over persistent HTTP/1.1 connections by one
 * thread with a selector ({@link Connections}), one request in flight per connection (a closed
 * loop, like an application's connection pool). An AWS SDK client, by contrast, spends more CPU per
 * request than the endpoints do, so on a shared 2-core machine it measured the client.
 *
 * <p>The workload: a table of 1,000 small items, then PutItem and GetItem of keys drawn from a
 * fixed seed, half and half. It prints the requests per second, the endpoint process's CPU time per
 * request (from {@code /proc/<pid>/stat}, so the endpoint must run as that process) and the
 * generator's own, so a reader sees how much of the machine the generator took.
 *
 * <p>Usage: {@code RawLoad <endpoint> <endpoint pid> <warm-up s> <measured s> <connections>}
 */
public final class RawLoad {
  static final String TABLE = "RawLoad";
  private static final int ITEMS = 1_000;
  private static final int DISTINCT_REQUESTS = 4_096;

  private RawLoad() {}

  public static void main(String[] args) throws Exception {
    URI endpoint = URI.create(args[0]);
    long pid = Long.parseLong(args[1]);
    int warmUp = Integer.parseInt(args[2]);
    int measured = Integer.parseInt(args[3]);
    int connections = Integer.parseInt(args[4]);

    setUp(endpoint);
    List<byte[]> requests = workload(endpoint);
    InetSocketAddress address = new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
    try (Connections load = new Connections(address, connections, requests)) {
      load.runFor(Duration.ofSeconds(warmUp));
      long serverCpuBefore = cpuTicks(pid);
      long clientCpuBefore = ownCpuNanos();
      Connections.Result result = load.runFor(Duration.ofSeconds(measured));
      long serverCpuNanos = (cpuTicks(pid) - serverCpuBefore) * 1_000_000_000L / ticksPerSecond();
      long clientCpuNanos = ownCpuNanos() - clientCpuBefore;
      long completed = Math.max(1, result.completed());
      System.out.printf(
          Locale.ROOT,
          "ops/s %.1f%nserver-cpu-us/op %.1f%nclient-cpu-us/op %.1f%nerrors %d%n",
          result.completed() * 1e9 / result.elapsedNanos(),
          serverCpuNanos / 1e3 / completed,
          clientCpuNanos / 1e3 / completed,
          result.errors());
    }
  }

  /** Creates the table and its items through the same wire format, before anything is timed. */
  private static void setUp(URI endpoint) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    call(
        client,
        endpoint,
        "CreateTable",
        "{\"TableName\":\""
            + TABLE
            + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
            + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
            + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}");
    for (int attempt = 0;
        !call(client, endpoint, "DescribeTable", "{\"TableName\":\"" + TABLE + "\"}")
            .contains("\"ACTIVE\"");
        attempt++) {
      if (attempt == 100) {
        throw new IllegalStateException("the table did not become ACTIVE");
      }
      Thread.sleep(100);
    }
    for (int i = 0; i < ITEMS; i++) {
      call(client, endpoint, "PutItem", putBody(i));
    }
  }

  private static String call(HttpClient client, URI endpoint, String operation, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body));
    for (String[] header : headers(operation)) {
      request.header(header[0], header[1]);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(operation + " answered " + response.body());
    }
    return response.body();
  }

  /** The requests replayed during the run, serialized once; keys from a fixed seed. */
  private static List<byte[]> workload(URI endpoint) {
    SplittableRandom random = new SplittableRandom(42);
    List<byte[]> requests = new ArrayList<>(DISTINCT_REQUESTS);
    for (int i = 0; i < DISTINCT_REQUESTS; i++) {
      int item = random.nextInt(ITEMS);
      requests.add(
          random.nextBoolean()
              ? http(endpoint, "PutItem", putBody(item))
              : http(
                  endpoint,
                  "GetItem",
                  "{\"TableName\":\""
                      + TABLE
                      + "\",\"Key\":{\"pk\":{\"S\":\"item-"
                      + item
                      + "\"}}}"));
    }
    return requests;
  }

  private static String putBody(int item) {
    return "{\"TableName\":\""
        + TABLE
        + "\",\"Item\":{\"pk\":{\"S\":\"item-"
        + item
        + "\"},\"name\":{\"S\":\"order number "
        + item
        + "\"},\"total\":{\"N\":\""
        + (item * 7 % 1000)
        + "\"}}}";
  }

  private static byte[] http(URI endpoint, String operation, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder("POST / HTTP/1.1\r\nHost: ")
            .append(endpoint.getHost())
            .append(':')
            .append(endpoint.getPort())
            .append("\r\n");
    for (String[] header : headers(operation)) {
      head.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
    return request;
  }

  /**
   * The headers an SDK sends. The signature is well formed but not valid: none of the endpoints
   * measured here verifies signatures unless configured to.
   */
  private static String[][] headers(String operation) {
    return new String[][] {
      {"Content-Type", "application/x-amz-json-1.0"},
      {"X-Amz-Target", "DynamoDB_20120810." + operation},
      {"X-Amz-Date", "20261204T000000Z"},
      {
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=local/20261204/us-east-1/dynamodb/aws4_request,"
            + " SignedHeaders=content-type;host;x-amz-date;x-amz-target,"
            + " Signature=0000000000000000000000000000000000000000000000000000000000000000"
      }
    };
  }

  /** utime + stime of a process, in clock ticks ({@code /proc/<pid>/stat} fields 14 and 15). */
  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** Linux's USER_HZ, which {@code /proc} reports times in; set by {@code getconf CLK_TCK}. */
  private static long ticksPerSecond() {
    return Long.getLong("clk.tck", 100);
  }

  private static long ownCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }
}
