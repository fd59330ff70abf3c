package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.ListTablesRequest;
import io.keyspan.exception.KeyspanException;
import io.keyspan.exception.TransportException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A request the SDK cannot complete is a KeyspanException that names the endpoint. */
class TransportErrorTest {

  /** Accepts every connection and closes it at once, so no request ever gets an answer. */
  private static Thread hangUpOn(ServerSocket socket) {
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                  connection.setSoLinger(true, 0); // reset rather than a clean close
                } catch (IOException e) {
                  return; // the socket was closed: the test is over
                }
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
    return acceptor;
  }

  @Test
  void connectionThatHangsUp_isATransportExceptionNamingTheEndpoint() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      hangUpOn(socket);
      String endpoint = "http://127.0.0.1:" + socket.getLocalPort();
      DynamoDbClient client =
          DynamoDbClient.builder()
              .endpointOverride(URI.create(endpoint))
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
              .httpClientBuilder(UrlConnectionHttpClient.builder())
              .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
              .build();
      try (client) {
        KeyspanException e =
            assertThrows(
                KeyspanException.class,
                () -> DynamoDbEngine.using(client).listTables(ListTablesRequest.FIRST_PAGE));

        assertThat(e).isInstanceOf(TransportException.class);
        assertThat(e).hasMessageThat().startsWith("Could not reach " + endpoint + ": ");
        assertThat(e).hasCauseThat().isInstanceOf(SdkClientException.class);
      }
    }
  }
}
