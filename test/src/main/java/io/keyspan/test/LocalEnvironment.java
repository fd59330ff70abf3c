package io.keyspan.test;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.EngineContext;
import io.keyspan.memory.MemoryEngine;
import io.keyspan.repository.CapacityMeter;
import io.keyspan.repository.TableRepository;
import io.keyspan.repository.generated.DeclaredRepositories;
import io.keyspan.schema.TableSchema;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Everything one {@link KeyspanTest} scope works with: an in-memory engine on a {@link TestClock},
 * wrapped in {@link Faults}; a handle over it, metered; SDK clients and repositories, made on first
 * use. Closing it releases all of them.
 */
// "try": close() may throw InterruptedException (AutoCloseable's does); JUnit closes the
// environment when its scope ends, never a try-with-resources that could swallow an interrupt.
@SuppressWarnings("try")
final class LocalEnvironment implements AutoCloseable {
  private final TestClock clock = TestClock.start();
  private final Faults faults;
  private final Engine engine;
  private final Keyspan handle;
  private final CapacityMeter meter;
  private final Map<Class<?>, Object> made = new ConcurrentHashMap<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  LocalEnvironment(long seed) {
    this.faults = Faults.seeded(seed, clock);
    this.engine = faults.wrap(MemoryEngine.create(new EngineContext(clock)));
    this.handle = Keyspan.builder().engine(engine).clock(clock).build();
    this.meter = CapacityMeter.on(handle);
  }

  /** Creates the table of each {@code @Table} type, with its indexes and time to live. */
  LocalEnvironment createTables(Class<?>... tables) {
    for (Class<?> table : tables) {
      create(GeneratedSchemas.of(table));
    }
    return this;
  }

  private <T> void create(TableSchema<T> schema) {
    new SchemaTable<>(handle, schema).createTable();
  }

  /** Whether {@link #get} can supply a value of this type. */
  static boolean supports(Class<?> type) {
    return type == Keyspan.class
        || type == TestClock.class
        || type == Faults.class
        || type == CapacityMeter.class
        || type == DynamoDbClient.class
        || type == DynamoDbAsyncClient.class
        || isGeneratedRepository(type)
        || (type.isInterface() && DeclaredRepositories.exists(type));
  }

  /** The value of a supported type; one per type in this environment. */
  Object get(Class<?> type) {
    if (type == Keyspan.class) {
      return meter.keyspan();
    }
    if (type == TestClock.class) {
      return clock;
    }
    if (type == Faults.class) {
      return faults;
    }
    if (type == CapacityMeter.class) {
      return meter;
    }
    return made.computeIfAbsent(type, this::make);
  }

  private Object make(Class<?> type) {
    if (type == DynamoDbClient.class) {
      return closing(KeyspanLocal.dynamoDbClient(handle));
    }
    if (type == DynamoDbAsyncClient.class) {
      return closing(KeyspanLocal.dynamoDbAsyncClient(handle));
    }
    if (isGeneratedRepository(type)) {
      return generatedRepository(type);
    }
    return meter.keyspan().repository(type);
  }

  private synchronized <C extends AutoCloseable> C closing(C closeable) {
    toClose.add(closeable);
    return closeable;
  }

  /**
   * A generated {@code XRepository}: a table repository with a public constructor taking the
   * handle.
   */
  private static boolean isGeneratedRepository(Class<?> type) {
    if (!TableRepository.class.isAssignableFrom(type)) {
      return false;
    }
    try {
      type.getConstructor(Keyspan.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private Object generatedRepository(Class<?> type) {
    try {
      return type.getConstructor(Keyspan.class).newInstance(meter.keyspan());
    } catch (InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | NoSuchMethodException e) {
      throw new IllegalStateException("Cannot create " + type.getName() + "(Keyspan)", e);
    }
  }

  @Override
  public synchronized void close() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
    engine.close(); // the handles were built over it and do not own it
  }
}
