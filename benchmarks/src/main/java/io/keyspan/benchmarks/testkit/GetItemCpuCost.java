package io.keyspan.benchmarks.testkit;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CPU one warm GetItem costs the whole JVM (client, server threads, GC and JIT included), in
 * process, over loopback and against fixed bytes, with {@link GetItemBenchmark}'s setup. A machine
 * shared with other builds stretches wall time, and stretches the loopback path more (each request
 * is handed to a server thread and back, waiting for a core each time); CPU time is what the work
 * itself costs.
 *
 * <p>Each contender is warmed up, then measured in {@value #ROUNDS} rounds interleaved with the
 * others; the median round is printed, so a round that the JIT compiler (whose threads count as
 * process CPU) still spends on does not decide the result. A round runs until the process has spent
 * a given CPU time, since the process CPU clock ticks in milliseconds and a cheap call needs many
 * more repetitions than an expensive one to be measured to a few percent.
 *
 * <p>Usage: {@code GetItemCpuCost <warm-up calls> <CPU ms per round>}; prints {@code <contender>
 * <µs/op>}.
 */
public final class GetItemCpuCost {
  private static final int ROUNDS = 5;
  private static final int BATCH = 100;

  private GetItemCpuCost() {}

  public static void main(String[] args) {
    int warmUp = Integer.parseInt(args[0]);
    long roundNanos = Long.parseLong(args[1]) * 1_000_000;
    GetItemBenchmark benchmark = new GetItemBenchmark();
    benchmark.setUp();
    try {
      Map<String, Supplier<?>> contenders = new LinkedHashMap<>();
      contenders.put("inProcess", benchmark::inProcess);
      contenders.put("loopback", benchmark::loopback);
      contenders.put("canned", benchmark::canned);
      contenders.values().forEach(call -> repeat(call, warmUp));
      Map<String, double[]> rounds = new LinkedHashMap<>();
      contenders.keySet().forEach(name -> rounds.put(name, new double[ROUNDS]));
      for (int round = 0; round < ROUNDS; round++) {
        for (Map.Entry<String, Supplier<?>> contender : contenders.entrySet()) {
          rounds.get(contender.getKey())[round] = microsPerCall(contender.getValue(), roundNanos);
        }
      }
      rounds.forEach(
          (name, micros) -> {
            Arrays.sort(micros);
            System.out.printf("%s %.1f%n", name, micros[ROUNDS / 2]);
          });
    } finally {
      benchmark.tearDown();
    }
  }

  private static double microsPerCall(Supplier<?> call, long roundNanos) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long start = os.getProcessCpuTime();
    long spent = 0;
    long calls = 0;
    while (spent < roundNanos) {
      repeat(call, BATCH);
      calls += BATCH;
      spent = os.getProcessCpuTime() - start;
    }
    return spent / 1000.0 / calls;
  }

  private static void repeat(Supplier<?> call, int times) {
    for (int i = 0; i < times; i++) {
      call.get();
    }
  }
}
