package io.keyspan.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test class on a fresh in-memory DynamoDB: each test method gets its own engine (or the
 * class shares one, {@link #scope()}), with the {@link #tables()} created, and its parameters and
 * fields of these types are filled in:
 *
 * <ul>
 *   <li>{@code Keyspan} — the handle over the engine (metered by the {@code CapacityMeter});
 *   <li>{@code DynamoDbClient}, {@code DynamoDbAsyncClient} — AWS SDK clients served in process
 *       ({@link KeyspanLocal});
 *   <li>{@link TestClock} — the engine's clock, standing at {@link TestClock#DEFAULT_START};
 *   <li>{@link Faults} — faults every client above sees (latency advances the test clock);
 *   <li>{@code CapacityMeter} — the capacity the {@code Keyspan} handle's requests consumed;
 *   <li>any generated {@code XRepository}, and any {@code @Repository} interface.
 * </ul>
 *
 * <pre>{@code
 * @KeyspanTest(tables = User.class)
 * class UserServiceTest {
 *   @Test
 *   void renames(UserRepository users) {
 *     users.put(new User("1", "Ann", 30));
 *     users.update("1").set(UserSchema.NAME, "Anne").execute();
 *     assertEquals("Anne", users.get("1").orElseThrow().name());
 *   }
 * }
 * }</pre>
 *
 * <p>Fields are filled when they are null (or hold what the extension put there for an earlier
 * test), so a field the test initialises itself is left alone. Nothing is shared between test
 * classes or, by default, methods, so tests may run in parallel.
 */
@Documented
@Inherited
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KeyspanExtension.class)
public @interface KeyspanTest {

  /** The {@code @Table} types whose tables to create (from their generated schemas), in order. */
  Class<?>[] tables() default {};

  /** Whether each test method gets a fresh engine, or the test class shares one. */
  Scope scope() default Scope.METHOD;

  /** The seed of the {@link Faults}' probabilities. */
  long seed() default 0;

  /** How long one engine lives. */
  enum Scope {
    /** A fresh engine, clock and faults for every test method. */
    METHOD,
    /** One engine, clock and faults for all the methods of the class (and its nested classes). */
    CLASS
  }
}
