package io.keyspan.shop;

import io.keyspan.Keyspan;
import io.keyspan.repository.DeleteOperation;
import io.keyspan.repository.GetOperation;
import io.keyspan.repository.Key;
import io.keyspan.repository.QueryOperation;
import io.keyspan.repository.StringSortKey;
import io.keyspan.repository.TableRepository;
import io.keyspan.repository.UpdateOperation;
import java.util.Optional;

/** As generated for the member {@code Customer}. */
public final class CustomerRepository extends TableRepository<Customer> {
  public CustomerRepository(Keyspan keyspan) {
    super(keyspan, CustomerSchema.INSTANCE);
  }

  public Key<Customer> key(String customerId) {
    return newTemplateKey(customerId);
  }

  public Optional<Customer> get(String customerId) {
    return newGet(key(customerId)).execute();
  }

  public GetOperation<Customer> getOperation(String customerId) {
    return newGet(key(customerId));
  }

  public UpdateOperation<Customer> update(String customerId) {
    return newUpdate(key(customerId));
  }

  public DeleteOperation<Customer> deleteOperation(String customerId) {
    return newDelete(key(customerId));
  }

  /** The customer with this email, on GSI1. */
  public QueryOperation<Customer, StringSortKey<String>> queryByGsi1(String email) {
    return newMemberQuery("GSI1", email);
  }
}
