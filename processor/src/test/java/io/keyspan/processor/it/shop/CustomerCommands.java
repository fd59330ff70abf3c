package io.keyspan.processor.it.shop;

import io.keyspan.annotations.Delete;
import io.keyspan.annotations.Put;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Scan;
import io.keyspan.annotations.Update;
import java.util.List;
import java.util.Optional;

/**
 * Declared writes and a scan of the member Customer: items named by the components of its table-key
 * template; its email renders the GSI1 key.
 */
@Repository(Customer.class)
public interface CustomerCommands {
  @Put(condition = "attribute_not_exists(PK)")
  boolean create(Customer customer);

  @Update(update = "SET email = :email")
  Customer changeEmail(String customerId, String email);

  @Update(update = "SET #name = :name", condition = "attribute_exists(PK)")
  boolean rename(String customerId, String name);

  @Update(update = "REMOVE email")
  Customer forgetEmail(String customerId);

  @Delete
  Optional<Customer> remove(String customerId);

  void deleteByCustomerId(String customerId);

  @Scan(filter = "contains(email, :domain)")
  List<Customer> withEmailAt(String domain);
}
