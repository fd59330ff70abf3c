package io.keyspan.test;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

/** A declared repository over {@link User}, for injection by the extension. */
@Repository(User.class)
public interface UserQueries {
  @Query(index = "ByEmail", key = "Email = :email")
  List<User> byEmail(String email);
}
