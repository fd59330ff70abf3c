package io.keyspan.benchmarks.shapes;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The tiny shape: a key and a counter. One JavaBean carries both Keyspan's annotations (read at
 * compile time) and the Enhanced Client's (read by reflection), so every contender maps the same
 * object.
 */
@Table(name = "Tiny")
@DynamoDbBean
public class Tiny {
  @PartitionKey
  @Attribute("Id")
  private String id;

  @Attribute("Count")
  private int count;

  public Tiny() {}

  public Tiny(String id, int count) {
    this.id = id;
    this.count = count;
  }

  @DynamoDbPartitionKey
  @DynamoDbAttribute("Id")
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @DynamoDbAttribute("Count")
  public int getCount() {
    return count;
  }

  public void setCount(int count) {
    this.count = count;
  }
}
