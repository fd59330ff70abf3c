package io.keyspan.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Gives a Spring test class ({@code @SpringBootTest}, for one) its own in-memory engine, with the
 * table of every generated repository bean created: the class runs on {@code
 * keyspan.engine=memory:} with {@code keyspan.create-tables=true}, whatever the application's
 * properties say, and its application context (and engine with it) is closed after the class, so
 * the next class starts empty. Methods of the class share the engine.
 *
 * <pre>{@code
 * @SpringBootTest
 * @FreshKeyspan
 * class OrderServiceTest {
 *   @Autowired OrderRepository orders;
 *   ...
 * }
 * }</pre>
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {"keyspan.engine=memory:", "keyspan.create-tables=true"})
public @interface FreshKeyspan {}
