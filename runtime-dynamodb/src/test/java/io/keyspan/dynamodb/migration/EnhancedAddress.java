package io.keyspan.dynamodb.migration;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** A nested bean: the Enhanced Client writes its null fields as NULL. */
@DynamoDbBean
public class EnhancedAddress {
  private String street;
  private String city;

  public EnhancedAddress() {}

  EnhancedAddress(String street, String city) {
    this.street = street;
    this.city = city;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
