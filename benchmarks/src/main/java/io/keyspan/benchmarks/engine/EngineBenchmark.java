package io.keyspan.benchmarks.engine;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.PageResponse;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ScanRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The in-memory engine against the limit, a bare {@link ConcurrentSkipListMap} holding the same
 * items under a composite key: get, put (overwriting), query of one ten-item partition, and a
 * 100-item scan page, at 10^3 and 10^6 items. The engine does what DynamoDB does on top (request
 * validation, key and size checks, index upkeep, capacity accounting), so the ratio is the price of
 * exactness.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {

  /** The items, in the in-memory engine. Each contender loads only its own store. */
  @State(Scope.Benchmark)
  public static class EngineStore {
    @Param({"1000", "1000000"})
    public int items;

    Keyspan keyspan;
    Engine engine;

    @Setup(Level.Trial)
    public void load() {
      keyspan = Keyspan.inMemory();
      engine = keyspan.engine();
      engine.createTable(Items.createTable());
      for (int i = 0; i < items; i++) {
        engine.putItem(PutItemRequest.builder(Items.TABLE, Items.item(i)).build());
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      keyspan.close();
    }

    int anyIndex() {
      return ThreadLocalRandom.current().nextInt(items);
    }
  }

  /** The same items in a bare sorted map. */
  @State(Scope.Benchmark)
  public static class MapStore {
    @Param({"1000", "1000000"})
    public int items;

    final ConcurrentSkipListMap<String, Map<String, AttributeValue>> map =
        new ConcurrentSkipListMap<>();

    @Setup(Level.Trial)
    public void load() {
      for (int i = 0; i < items; i++) {
        map.put(Items.mapKey(i), Items.item(i));
      }
    }

    int anyIndex() {
      return ThreadLocalRandom.current().nextInt(items);
    }
  }

  @Benchmark
  public GetItemResponse get_engine(EngineStore store) {
    return store.engine.getItem(
        GetItemRequest.builder(Items.TABLE, Items.key(store.anyIndex())).build());
  }

  @Benchmark
  public Map<String, AttributeValue> get_map(MapStore store) {
    return store.map.get(Items.mapKey(store.anyIndex()));
  }

  @Benchmark
  public WriteResponse put_engine(EngineStore store) {
    return store.engine.putItem(
        PutItemRequest.builder(Items.TABLE, Items.item(store.anyIndex())).build());
  }

  @Benchmark
  public Map<String, AttributeValue> put_map(MapStore store) {
    int index = store.anyIndex();
    return store.map.put(Items.mapKey(index), Items.item(index));
  }

  @Benchmark
  public PageResponse query_engine(EngineStore store) {
    KeyCondition partition =
        KeyCondition.of(
            new KeyCondition.Compare(
                "pk",
                ComparisonOperator.EQ,
                new Literal(AttributeValue.s(Items.partition(store.anyIndex())))));
    return store.engine.query(QueryRequest.builder(Items.TABLE, partition).build());
  }

  @Benchmark
  public List<Map<String, AttributeValue>> query_map(MapStore store) {
    String partition = Items.partition(store.anyIndex());
    return new ArrayList<>(store.map.subMap(partition + '\u0000', partition + '\u0001').values());
  }

  @Benchmark
  public PageResponse scan_engine(EngineStore store) {
    return store.engine.scan(ScanRequest.builder(Items.TABLE).limit(100).build());
  }

  @Benchmark
  public List<Map<String, AttributeValue>> scan_map(MapStore store) {
    List<Map<String, AttributeValue>> page = new ArrayList<>(100);
    Iterator<Map<String, AttributeValue>> iterator = store.map.values().iterator();
    while (page.size() < 100 && iterator.hasNext()) {
      page.add(iterator.next());
    }
    return page;
  }
}
