package io.keyspan.test;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code @KeyspanTest} under JUnit's parallel execution: a nested launch of {@link FourAtOnce} with
 * four threads, whose methods wait for each other at a barrier, so all four engines are alive at
 * once, then write the same key and each see only its own item.
 */
class ParallelExecutionTest {

  @Test
  void fourTestMethodsAtOnce_eachHaveTheirOwnEngine() {
    Events tests =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
            .configurationParameter(
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
            .selectors(selectClass(FourAtOnce.class))
            .execute()
            .testEvents();

    tests.assertStatistics(stats -> stats.started(4).succeeded(4).failed(0));
  }

  /** Run only by the test above (surefire skips nested classes). */
  @KeyspanTest(tables = User.class)
  @Execution(ExecutionMode.CONCURRENT)
  static class FourAtOnce {
    private static final CyclicBarrier ALL_STARTED = new CyclicBarrier(4);
    private UserRepository users;

    private void writeTheSameKeyAs(String name)
        throws InterruptedException, BrokenBarrierException, TimeoutException {
      assertThat(users.scan().list()).isEmpty();
      ALL_STARTED.await(1, TimeUnit.MINUTES);
      users.put(User.of("same", name));
      assertThat(users.scan().list().stream().map(User::name).toList()).containsExactly(name);
    }

    @Test
    void a() throws Exception {
      writeTheSameKeyAs("a");
    }

    @Test
    void b() throws Exception {
      writeTheSameKeyAs("b");
    }

    @Test
    void c() throws Exception {
      writeTheSameKeyAs("c");
    }

    @Test
    void d() throws Exception {
      writeTheSameKeyAs("d");
    }
  }
}
