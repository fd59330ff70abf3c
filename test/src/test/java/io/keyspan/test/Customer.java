package io.keyspan.test;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A bean for the Enhanced Client's {@code BeanTableSchema}: orders of a customer, by order id. */
@DynamoDbBean
public class Customer {
  private String customerId;
  private String orderId;
  private Integer total;

  public Customer() {}

  Customer(String customerId, String orderId, int total) {
    this.customerId = customerId;
    this.orderId = orderId;
    this.total = total;
  }

  @DynamoDbPartitionKey
  public String getCustomerId() {
    return customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  @DynamoDbSortKey
  public String getOrderId() {
    return orderId;
  }

  public void setOrderId(String orderId) {
    this.orderId = orderId;
  }

  public Integer getTotal() {
    return total;
  }

  public void setTotal(Integer total) {
    this.total = total;
  }
}
