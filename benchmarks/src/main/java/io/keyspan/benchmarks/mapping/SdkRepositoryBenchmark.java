package io.keyspan.benchmarks.mapping;

import io.keyspan.Keyspan;
import io.keyspan.benchmarks.cold.StubDynamoDbClient;
import io.keyspan.benchmarks.shapes.LargeRepository;
import io.keyspan.benchmarks.shapes.Shapes;
import io.keyspan.benchmarks.shapes.SmallRepository;
import io.keyspan.benchmarks.shapes.TinyRepository;
import io.keyspan.dynamodb.DynamoDbEngine;
import io.keyspan.engine.Engine;
import io.keyspan.engine.ForwardingEngine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.repository.TableRepository;
import io.keyspan.value.ValueCodec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A generated repository's put and then get of one object through the AWS SDK engine on a stub
 * client (no network), for each shape: {@code oneStep} is the production path, the object written
 * straight into the SDK's values and read straight from them; {@code twoStep} is the same engine
 * behind a decorator that reports no item codec and hands Keyspan items back, so every item goes
 * object, Keyspan item, SDK item (and back), as before the one-conversion path. Same engine, same
 * client, same requests; the ratio is the cost of the extra conversion.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SdkRepositoryBenchmark {
  @Param({"tiny", "small", "large"})
  public String shape;

  private Supplier<Object> oneStep;
  private Supplier<Object> twoStep;

  /**
   * The SDK engine as an engine of Keyspan values: repositories build Keyspan items for it, and the
   * items it reads become Keyspan items before a schema sees them.
   */
  private static final class KeyspanValues extends ForwardingEngine {
    KeyspanValues(Engine engine) {
      super(engine);
    }

    @Override
    public Optional<ValueCodec<?>> itemCodec() {
      return Optional.empty();
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
      GetItemResponse response = delegate().getItem(request);
      return response.item() == null
          ? response
          : new GetItemResponse(Map.copyOf(response.item()), response.consumedCapacity());
    }
  }

  @Setup
  public void setUp() {
    oneStep = putGet(Keyspan.using(DynamoDbEngine.using(new StubDynamoDbClient())));
    twoStep =
        putGet(Keyspan.using(new KeyspanValues(DynamoDbEngine.using(new StubDynamoDbClient()))));
    @SuppressWarnings("unchecked")
    Subject<Object> subject = (Subject<Object>) Subject.of(shape);
    Object expected = subject.keyspan().toItem(subject.object());
    for (Supplier<Object> path : java.util.List.of(oneStep, twoStep)) {
      Object read = subject.keyspan().toItem(path.get());
      if (!read.equals(expected)) {
        throw new IllegalStateException("a path read " + read + ", expected " + expected);
      }
    }
  }

  private Supplier<Object> putGet(Keyspan db) {
    switch (shape) {
      case "tiny":
        TinyRepository tiny = new TinyRepository(db);
        return putGet(tiny, Shapes.tiny(), object -> tiny.get(object.getId()));
      case "small":
        SmallRepository small = new SmallRepository(db);
        return putGet(small, Shapes.small(), object -> small.get(object.getId()));
      case "large":
        LargeRepository large = new LargeRepository(db);
        return putGet(large, Shapes.large(), object -> large.get(object.getId()));
      default:
        throw new IllegalArgumentException("no shape " + shape);
    }
  }

  /** Puts {@code object}, then gets it by its key. */
  private static <T> Supplier<Object> putGet(
      TableRepository<T> repository, T object, Function<T, Optional<T>> get) {
    return () -> {
      repository.put(object);
      return get.apply(object).orElseThrow();
    };
  }

  @Benchmark
  public Object putGet_oneStep() {
    return oneStep.get();
  }

  @Benchmark
  public Object putGet_twoStep() {
    return twoStep.get();
  }
}
