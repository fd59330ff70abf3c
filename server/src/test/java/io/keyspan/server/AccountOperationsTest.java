package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;

/** DescribeLimits and DescribeEndpoints through the AWS SDK v2. */
class AccountOperationsTest {
  @RegisterExtension final LocalServer local = new LocalServer();

  // Developer Guide ServiceQuotas: 40,000 units per table and 80,000 per account by default.
  @Test
  void describeLimits_answersDynamoDbsDefaultQuotas() {
    DescribeLimitsResponse limits = local.client().describeLimits(b -> {});

    assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
    assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
    assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
    assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
  }

  @Test
  void describeEndpoints_answersTheAddressTheRequestWasSentTo() {
    Endpoint endpoint = local.client().describeEndpoints(b -> {}).endpoints().get(0);

    assertThat(endpoint.address()).isEqualTo("127.0.0.1:" + local.server().port());
    assertThat(endpoint.cachePeriodInMinutes()).isEqualTo(1440L);
  }
}
