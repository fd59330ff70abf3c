package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyspan.engine.Engine;

/**
 * The account-level operations: DescribeLimits and DescribeEndpoints. A local endpoint has no
 * account, so it answers with DynamoDB's default quotas and with its own address.
 */
final class AccountOperations {
  /**
   * The default provisioned-capacity quotas of a new account in most Regions (Developer Guide,
   * "Quotas in Amazon DynamoDB",
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html): 40,000
   * read and write capacity units per table, 80,000 per account.
   */
  static final long TABLE_MAX_CAPACITY_UNITS = 40_000;

  static final long ACCOUNT_MAX_CAPACITY_UNITS = 80_000;

  /** DynamoDB's answer to DescribeEndpoints: cache the address for a day. */
  static final int ENDPOINT_CACHE_MINUTES = 1440;

  private AccountOperations() {}

  static ObjectNode describeLimits(Engine engine, WireObject request) {
    ObjectNode json = WireResponses.object();
    json.put("AccountMaxReadCapacityUnits", ACCOUNT_MAX_CAPACITY_UNITS);
    json.put("AccountMaxWriteCapacityUnits", ACCOUNT_MAX_CAPACITY_UNITS);
    json.put("TableMaxReadCapacityUnits", TABLE_MAX_CAPACITY_UNITS);
    json.put("TableMaxWriteCapacityUnits", TABLE_MAX_CAPACITY_UNITS);
    return json;
  }

  /**
   * The endpoint a client that discovers endpoints should keep calling: this server, at the address
   * the request was sent to (its Host header).
   */
  static ObjectNode describeEndpoints(String host) {
    ObjectNode json = WireResponses.object();
    ObjectNode endpoint = json.putArray("Endpoints").addObject();
    endpoint.put("Address", host);
    endpoint.put("CachePeriodInMinutes", ENDPOINT_CACHE_MINUTES);
    return json;
  }
}
