package io.keyspan.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a repository of a {@link Table} type: every access pattern of the
 * application written once, checked against the table at compile time, and implemented by generated
 * code. Obtain it with {@code keyspan.repository(UserQueries.class)} or by injection.
 *
 * <p>Each abstract method is either
 *
 * <ul>
 *   <li>annotated with DynamoDB expression text: {@link Query}, {@link Scan}, {@link Update},
 *       {@link Delete} or {@link Put}; or
 *   <li><em>derived</em> from its name, which uses the Java property names: {@code findByUserId},
 *       {@code findByCustomerIdAndOrderIdStartingWith}, {@code countByStatus}, {@code
 *       existsByEmail}, {@code deleteByUserId}, with {@code OrderBy…Desc} and {@code First}/{@code
 *       Top10}. A derived method runs as a Query on the table or on the index whose keys it uses;
 *       one that could only run as a full Scan must say so with {@link AllowScan}.
 * </ul>
 *
 * <p>In expression text, attributes are named by their DynamoDB attribute names ({@code UserID},
 * not {@code userId}), bare or as {@code #names}; reserved words such as {@code Name} may be
 * written bare. {@code :placeholders} bind to the method's parameters by name, and every parameter
 * must be used. The processor checks syntax, attribute names, key shapes, index rules, parameter
 * types and return types, and reports each mistake on the method.
 *
 * <pre>{@code
 * @Table(name = "Users")
 * public record User(@PartitionKey @Attribute("UserID") String userId,
 *                    @Attribute("Age") int age,
 *                    @Attribute("Email") @IndexPartitionKey("ByEmail") String email) {}
 *
 * @Repository(User.class)
 * public interface UserQueries {
 *   @Query(index = "ByEmail", key = "Email = :email", limit = 1) Optional<User> byEmail(String email);
 *   @Scan(filter = "Age > :age") List<User> olderThan(int age);
 *   List<User> findByUserId(String userId);
 * }
 * }</pre>
 *
 * <p>An index may hold several items with the same key, so {@code byEmail} sets {@code limit = 1}
 * to return an {@code Optional}; without it the method returns {@code List<User>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {
  /** The {@link Table} type whose table this repository reads and writes. */
  Class<?> value();
}
