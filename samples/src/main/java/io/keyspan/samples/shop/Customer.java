package io.keyspan.samples.shop;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.Version;

/**
 * A customer of the shop, found by id or, through the global index {@code ByEmail}, by email. The
 * version makes concurrent edits safe: a write of a stale copy fails instead of overwriting.
 */
@Table(name = "Customers")
public record Customer(
    @PartitionKey @Attribute("CustomerID") String customerId,
    @Attribute("Name") String name,
    @IndexPartitionKey("ByEmail") @Attribute("Email") String email,
    @Attribute("OrderCount") long orderCount,
    @Version @Attribute("Version") Long version) {

  /** A customer not stored yet: no orders, no version. */
  public static Customer newCustomer(String customerId, String name, String email) {
    return new Customer(customerId, name, email, 0, null);
  }

  public Customer withEmail(String newEmail) {
    return new Customer(customerId, name, newEmail, orderCount, version);
  }

  public Customer withName(String newName) {
    return new Customer(customerId, newName, email, orderCount, version);
  }
}
