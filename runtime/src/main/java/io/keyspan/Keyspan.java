package io.keyspan;

import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.engine.Engines;
import io.keyspan.repository.changes.Changes;
import io.keyspan.repository.generated.DeclaredRepositories;
import io.keyspan.repository.generated.DeclaredRepositoryFactory;
import io.keyspan.schema.TableSchema;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The handle an application holds: an engine plus the settings every repository shares. Create one
 * per application and pass it to repositories (or let the injector do it).
 *
 * <pre>{@code
 * Keyspan db = Keyspan.inMemory();                       // embedded engine
 * Keyspan db = Keyspan.connect("dynamodb:");             // AWS SDK v2, default chain
 * Keyspan db = Keyspan.builder()
 *     .uri("memory:")
 *     .tableNamePrefix("test_")                          // Users -> test_Users
 *     .clock(fixedClock)                                 // drives TTL and timestamps
 *     .build();
 * }</pre>
 */
public final class Keyspan implements AutoCloseable {
  private final Engine engine;
  private final boolean ownsEngine;
  private final Clock clock;
  private final UnaryOperator<String> tableNameResolver;
  private final Map<Class<?>, Object> repositories = new ConcurrentHashMap<>();

  private Keyspan(Builder builder) {
    this.clock = builder.clock;
    this.tableNameResolver = builder.tableNameResolver;
    if (builder.engine != null) {
      this.engine = builder.engine;
      this.ownsEngine = false;
    } else {
      this.engine = Engines.open(builder.uri, new EngineContext(clock));
      this.ownsEngine = true;
    }
  }

  /** A fresh, empty in-memory engine (needs {@code keyspan-runtime-memory} on the classpath). */
  public static Keyspan inMemory() {
    return connect("memory:");
  }

  /**
   * An engine chosen by URI scheme: {@code memory:}, {@code dynamodb:}, {@code
   * dynamodb:http://127.0.0.1:8000}, ... The engine is closed with this handle.
   *
   * @throws IllegalArgumentException when the URI is malformed or no engine serves its scheme; the
   *     message lists the schemes available on the classpath
   */
  public static Keyspan connect(String uri) {
    return builder().uri(uri).build();
  }

  /** A handle over an engine the caller created and keeps ownership of. */
  public static Keyspan using(Engine engine) {
    return builder().engine(engine).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The engine every repository of this handle runs on. */
  public Engine engine() {
    return engine;
  }

  /** The clock for timestamps and time to live. */
  public Clock clock() {
    return clock;
  }

  /**
   * The physical table name for a logical one (the name in {@code @Table}), after the prefix or
   * resolver this handle was built with.
   */
  public String tableName(String logicalName) {
    return tableNameResolver.apply(logicalName);
  }

  /**
   * The generated implementation of a {@code @Repository} interface, over this handle's tables; one
   * instance per interface and handle. Implementations are found through {@link ServiceLoader}
   * ({@link DeclaredRepositoryFactory}), not reflection.
   *
   * @throws IllegalArgumentException when no implementation of {@code type} was generated
   */
  public <R> R repository(Class<R> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(
        repositories.computeIfAbsent(type, t -> DeclaredRepositories.create(type, this)));
  }

  /**
   * The change feed of a table of this handle, its items read with the schema: {@code
   * db.changes(UserSchema.instance()).from(ChangeStart.LATEST)}.
   *
   * @throws UnsupportedOperationException when the engine serves no DynamoDB Streams
   */
  public <T> Changes<T> changes(TableSchema<T> schema) {
    return Changes.of(engine, tableName(schema.definition().name()), schema::read);
  }

  /** Closes the engine when this handle opened it from a URI. */
  @Override
  public void close() {
    if (ownsEngine) {
      engine.close();
    }
  }

  /** Settings for a {@link Keyspan} handle. */
  public static final class Builder {
    private String uri = "memory:";
    private Engine engine;
    private Clock clock = Clock.systemUTC();
    private UnaryOperator<String> tableNameResolver = UnaryOperator.identity();

    private Builder() {}

    /** The engine's URI; the handle opens and owns the engine. Default {@code memory:}. */
    public Builder uri(String uri) {
      this.uri = Objects.requireNonNull(uri, "uri");
      this.engine = null;
      return this;
    }

    /** An engine the caller owns; it is not closed with the handle. */
    public Builder engine(Engine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** The clock for timestamps and time to live; tests pass one they control. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Prefixes every table name, for one account shared by environments ("dev_Users"). */
    public Builder tableNamePrefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      return tableNameResolver(name -> prefix + name);
    }

    /** Maps each logical table name to the physical one. */
    public Builder tableNameResolver(UnaryOperator<String> resolver) {
      this.tableNameResolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    public Keyspan build() {
      return new Keyspan(this);
    }
  }
}
