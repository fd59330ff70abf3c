package io.keyspan.engine.stream;

/**
 * Who made a change, when it was not a request: DynamoDB marks deletions by time to live with its
 * own service identity
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-streams.html).
 */
public record UserIdentity(String type, String principalId) {
  /** The identity of time-to-live deletions. */
  public static final UserIdentity TIME_TO_LIVE =
      new UserIdentity("Service", "dynamodb.amazonaws.com");
}
