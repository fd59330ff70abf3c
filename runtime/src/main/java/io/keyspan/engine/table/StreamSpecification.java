package io.keyspan.engine.table;

/**
 * A table's DynamoDB Streams setting, as CreateTable and UpdateTable take it and DescribeTable
 * shows it
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html).
 *
 * @param streamViewType required when enabling; null when disabling
 */
public record StreamSpecification(boolean streamEnabled, StreamViewType streamViewType) {
  public static final StreamSpecification DISABLED = new StreamSpecification(false, null);

  /** An enabled stream of this view type. */
  public static StreamSpecification enabled(StreamViewType viewType) {
    return new StreamSpecification(true, viewType);
  }
}
