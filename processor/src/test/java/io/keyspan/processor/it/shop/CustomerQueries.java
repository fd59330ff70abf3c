package io.keyspan.processor.it.shop;

import io.keyspan.annotations.Repository;
import java.util.Optional;

/** Declared queries of the member Customer: its profile by key, and by email through GSI1. */
@Repository(Customer.class)
public interface CustomerQueries {
  Optional<Customer> findByCustomerId(String customerId);

  Optional<Customer> findFirstByEmail(String email);
}
