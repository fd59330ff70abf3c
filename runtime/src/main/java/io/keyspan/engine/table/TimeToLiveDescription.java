package io.keyspan.engine.table;

/**
 * A table's time-to-live setting.
 *
 * @param attributeName the attribute holding each item's expiry in epoch seconds; null when
 *     disabled and never enabled
 */
public record TimeToLiveDescription(TimeToLiveStatus status, String attributeName) {
  public static final TimeToLiveDescription DISABLED =
      new TimeToLiveDescription(TimeToLiveStatus.DISABLED, null);
}
