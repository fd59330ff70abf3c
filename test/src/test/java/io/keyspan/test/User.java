package io.keyspan.test;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.CreatedAt;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import java.time.Instant;

/** The test kit's table of users, with a global index by email and a creation timestamp. */
@Table(name = "Users")
public record User(
    @PartitionKey @Attribute("UserID") String userId,
    @Attribute("Name") String name,
    @Attribute("Age") int age,
    @IndexPartitionKey("ByEmail") @Attribute("Email") String email,
    @CreatedAt @Attribute("CreatedAt") Instant createdAt) {

  static User of(String userId, String name) {
    return new User(userId, name, 30, userId + "@example.org", null);
  }
}
