package test;

import io.keyspan.Keyspan;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.repository.DeclaredRepository;
import io.keyspan.repository.generated.DeclaredRead;
import io.keyspan.repository.generated.DeclaredRepositoryFactory;
import io.keyspan.repository.generated.DeclaredWrite;
import io.keyspan.repository.generated.Trees;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link UserQueries}, over the table of {@link User}.
 */
@Singleton
@Generated("io.keyspan.processor.KeyspanProcessor")
public final class UserQueries_Impl extends DeclaredRepository<User> implements UserQueries {
  /**
   * {@code Email = :email}
   */
  private static final KeyCondition BY_EMAIL_KEY = Trees.keyCondition(
      Trees.eq(
          "Email",
          Trees.placeholder(":email")));

  private static final DeclaredRead BY_EMAIL = DeclaredRead.query("byEmail", "ByEmail", BY_EMAIL_KEY)
      .limit(1);

  /**
   * {@code Age > :age}
   */
  private static final Condition OLDER_THAN_FILTER = Trees.gt(
      Trees.path("Age"),
      Trees.placeholder(":age"));

  private static final DeclaredRead OLDER_THAN = DeclaredRead.scan("olderThan", null)
      .filter(OLDER_THAN_FILTER);

  /**
   * {@code UserID = :userId}
   */
  private static final KeyCondition FIND_BY_USER_ID_KEY = Trees.keyCondition(
      Trees.eq(
          "UserID",
          Trees.placeholder(":userId")));

  private static final DeclaredRead FIND_BY_USER_ID = DeclaredRead.query("findByUserId", null, FIND_BY_USER_ID_KEY);

  /**
   * {@code attribute_exists(UserID)}
   */
  private static final Condition AGE_CONDITION = Trees.attributeExists(
      Trees.path("UserID"));

  /**
   * {@code SET Age = Age + :years}
   */
  private static final UpdateExpression AGE_UPDATE = Trees.update(
      Trees.set(
          Trees.path("Age"),
          Trees.plus(
              Trees.path("Age"),
              Trees.placeholder(":years"))));

  private static final DeclaredWrite AGE = DeclaredWrite.update("age")
      .condition(AGE_CONDITION)
      .update(AGE_UPDATE);

  @Inject
  public UserQueries_Impl(Keyspan keyspan) {
    super(keyspan, UserSchema.instance());
  }

  @Override
  public Optional<User> byEmail(String email) {
    return read(BY_EMAIL, Map.ofEntries(Map.entry(":email", UserSchema.EMAIL.toValue(email)))).first();
  }

  @Override
  public List<User> olderThan(int age) {
    return read(OLDER_THAN, Map.ofEntries(Map.entry(":age", UserSchema.AGE.toValue(age)))).list();
  }

  @Override
  public List<User> findByUserId(String userId) {
    return read(FIND_BY_USER_ID, Map.ofEntries(Map.entry(":userId", UserSchema.USER_ID.toValue(userId)))).list();
  }

  @Override
  public User age(String userId, int years) {
    return write(AGE, Map.of("UserID", UserSchema.USER_ID.toValue(userId)), null, Map.ofEntries(Map.entry(":years", UserSchema.AGE.toValue(years)))).orElse(null);
  }

  /**
   * Creates {@link UserQueries_Impl} for {@code Keyspan.repository(UserQueries.class)}; listed in META-INF/services.
   */
  public static final class Factory implements DeclaredRepositoryFactory<UserQueries> {
    /**
     * The public no-argument constructor that service loading requires.
     */
    public Factory() {
    }

    @Override
    public Class<UserQueries> type() {
      return UserQueries.class;
    }

    @Override
    public UserQueries create(Keyspan keyspan) {
      return new UserQueries_Impl(keyspan);
    }
  }
}
