package io.keyspan.engine;

import java.util.Objects;

/**
 * UpdateTimeToLive: turns expiry on or off for a table.
 *
 * @param attributeName the attribute holding each item's expiry, in epoch seconds (a Number)
 */
public record UpdateTimeToLiveRequest(String tableName, String attributeName, boolean enabled) {
  public UpdateTimeToLiveRequest {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(attributeName, "attributeName");
  }
}
