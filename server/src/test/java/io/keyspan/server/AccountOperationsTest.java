package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.memory.MemoryEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;

/** DescribeLimits and DescribeEndpoints through the AWS SDK v2. */
class AccountOperationsTest {
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

  // Developer Guide ServiceQuotas: 40,000 units per table and 80,000 per account by default.
  @Test
  void describeLimits_answersDynamoDbsDefaultQuotas() {
    DescribeLimitsResponse limits = client.describeLimits(b -> {});

    assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
    assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
    assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
    assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
  }

  @Test
  void describeEndpoints_answersTheAddressTheRequestWasSentTo() {
    Endpoint endpoint = client.describeEndpoints(b -> {}).endpoints().get(0);

    assertThat(endpoint.address()).isEqualTo("127.0.0.1:" + server.port());
    assertThat(endpoint.cachePeriodInMinutes()).isEqualTo(1440L);
  }
}
