package io.keyspan.benchmarks.mapping;

import io.keyspan.dynamodb.AttributeValues;
import io.keyspan.dynamodb.SdkValueCodec;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Warm mapping, object to item and item to object, for each shape. Contenders: hand-written code
 * (the limit); Keyspan's generated schema to its own values (the embedded engine's input); the same
 * schema straight to the SDK's values with {@link SdkValueCodec} ({@code keyspanCodec}, one
 * conversion); the two-step route through Keyspan's values and {@link AttributeValues} ({@code
 * keyspanShipped}); and the Enhanced Client's {@code StaticTableSchema} and {@code
 * BeanTableSchema}. Run with {@code -prof gc} for allocation per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MappingBenchmark {
  @Param({"tiny", "small", "large"})
  public String shape;

  private Subject<Object> subject;
  private Object object;
  private Map<String, AttributeValue> sdkItem;
  private Map<String, io.keyspan.value.AttributeValue> keyspanItem;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    subject = (Subject<Object>) Subject.of(shape);
    subject.checkIdenticalEncodings();
    object = subject.object();
    sdkItem = subject.handToItem().apply(object);
    keyspanItem = subject.keyspan().toItem(object);
  }

  @Benchmark
  public Map<String, AttributeValue> toItem_handWritten() {
    return subject.handToItem().apply(object);
  }

  @Benchmark
  public Map<String, io.keyspan.value.AttributeValue> toItem_keyspan() {
    return subject.keyspan().toItem(object);
  }

  @Benchmark
  public Map<String, AttributeValue> toItem_keyspanCodec() {
    return subject.keyspan().toItem(object, SdkValueCodec.instance());
  }

  @Benchmark
  public Map<String, AttributeValue> toItem_keyspanShipped() {
    return AttributeValues.toSdk(subject.keyspan().toItem(object));
  }

  @Benchmark
  public Map<String, AttributeValue> toItem_staticTableSchema() {
    return subject.staticSchema().itemToMap(object, true);
  }

  @Benchmark
  public Map<String, AttributeValue> toItem_beanTableSchema() {
    return subject.bean().itemToMap(object, true);
  }

  @Benchmark
  public Object fromItem_handWritten() {
    return subject.handFromItem().apply(sdkItem);
  }

  @Benchmark
  public Object fromItem_keyspan() {
    return subject.keyspan().fromItem(keyspanItem);
  }

  @Benchmark
  public Object fromItem_keyspanCodec() {
    return subject.keyspan().fromItem(sdkItem, SdkValueCodec.instance());
  }

  @Benchmark
  public Object fromItem_keyspanShipped() {
    return subject.keyspan().fromItem(AttributeValues.fromSdk(sdkItem));
  }

  @Benchmark
  public Object fromItem_staticTableSchema() {
    return subject.staticSchema().mapToItem(sdkItem);
  }

  @Benchmark
  public Object fromItem_beanTableSchema() {
    return subject.bean().mapToItem(sdkItem);
  }
}
