package io.keyspan.benchmarks.testkit;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The CPU one warm GetItem costs the whole JVM (client, server threads, GC and JIT included), in
 * process and over loopback, with {@link GetItemBenchmark}'s setup. A machine shared with other
 * builds stretches wall time, and stretches the loopback path more (each request is handed to a
 * server thread and back, waiting for a core each time); CPU time is what the work itself costs.
 *
 * <p>Usage: {@code GetItemCpuCost <warm-up calls> <measured calls>}; prints {@code <contender> <µs/op>}.
 */
public final class GetItemCpuCost {
  private GetItemCpuCost() {}

  public static void main(String[] args) {
    int warmUp = Integer.parseInt(args[0]);
    int measured = Integer.parseInt(args[1]);
    GetItemBenchmark benchmark = new GetItemBenchmark();
    benchmark.setUp();
    try {
      print("inProcess", benchmark::inProcess, warmUp, measured);
      print("loopback", benchmark::loopback, warmUp, measured);
    } finally {
      benchmark.tearDown();
    }
  }

  private static void print(String name, Supplier<?> call, int warmUp, int measured) {
    for (int i = 0; i < warmUp; i++) {
      call.get();
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long start = os.getProcessCpuTime();
    for (int i = 0; i < measured; i++) {
      call.get();
    }
    System.out.printf("%s %.1f%n", name, (os.getProcessCpuTime() - start) / 1000.0 / measured);
  }
}
