package io.keyspan.dynamodb.migration;

import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Scan;
import java.util.List;

/** A declared access pattern: its placeholder is bound in the attribute's chosen form. */
@Repository(Account.class)
public interface AccountQueries {
  @Scan(filter = "active = :active")
  List<Account> withActive(boolean active);
}
