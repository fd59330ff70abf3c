package io.keyspan.benchmarks.shapes;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** The small shape: a typical user record of eight attributes, one of them a string set. */
@Table(name = "Small")
@DynamoDbBean
public class Small {
  @PartitionKey
  @Attribute("Id")
  private String id;

  @Attribute("Name")
  private String name;

  @Attribute("Email")
  private String email;

  @Attribute("Age")
  private int age;

  @Attribute("Active")
  private boolean active;

  @Attribute("Score")
  private double score;

  @Attribute("CreatedAt")
  private long createdAt;

  @Attribute("Tags")
  private Set<String> tags;

  public Small() {}

  @DynamoDbPartitionKey
  @DynamoDbAttribute("Id")
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @DynamoDbAttribute("Name")
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @DynamoDbAttribute("Email")
  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  @DynamoDbAttribute("Age")
  public int getAge() {
    return age;
  }

  public void setAge(int age) {
    this.age = age;
  }

  @DynamoDbAttribute("Active")
  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @DynamoDbAttribute("Score")
  public double getScore() {
    return score;
  }

  public void setScore(double score) {
    this.score = score;
  }

  @DynamoDbAttribute("CreatedAt")
  public long getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(long createdAt) {
    this.createdAt = createdAt;
  }

  @DynamoDbAttribute("Tags")
  public Set<String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }
}
