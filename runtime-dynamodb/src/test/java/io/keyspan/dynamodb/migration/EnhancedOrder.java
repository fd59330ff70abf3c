package io.keyspan.dynamodb.migration;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The Enhanced Client's bean for the table of {@link Order}, with the client's default converters.
 */
@DynamoDbBean
public class EnhancedOrder {
  private String customer;
  private Instant placedAt;
  private Instant shippedAt;
  private boolean gift;
  private EnhancedAddress shipTo;
  private List<EnhancedAddress> stops;

  @DynamoDbPartitionKey
  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  @DynamoDbSortKey
  public Instant getPlacedAt() {
    return placedAt;
  }

  public void setPlacedAt(Instant placedAt) {
    this.placedAt = placedAt;
  }

  public Instant getShippedAt() {
    return shippedAt;
  }

  public void setShippedAt(Instant shippedAt) {
    this.shippedAt = shippedAt;
  }

  public boolean isGift() {
    return gift;
  }

  public void setGift(boolean gift) {
    this.gift = gift;
  }

  public EnhancedAddress getShipTo() {
    return shipTo;
  }

  public void setShipTo(EnhancedAddress shipTo) {
    this.shipTo = shipTo;
  }

  public List<EnhancedAddress> getStops() {
    return stops;
  }

  public void setStops(List<EnhancedAddress> stops) {
    this.stops = stops;
  }
}
