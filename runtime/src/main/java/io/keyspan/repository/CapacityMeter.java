package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.Capacity;
import io.keyspan.engine.ConsumedCapacity;
import java.util.Collection;
import java.util.Objects;

/**
 * Adds up the capacity units that requests consume, as the engine reports them. The metered handle
 * asks every data request for its consumed capacity (DynamoDB's {@code
 * ReturnConsumedCapacity=TOTAL}, unless a request asks for more), so any repository built on it,
 * generated or declared, is metered without changes:
 *
 * <pre>{@code
 * CapacityMeter meter = CapacityMeter.on(db);
 * UserRepository users = new UserRepository(meter.keyspan());
 * users.query("123").list();
 * Capacity query = meter.take();      // 0.5 read units
 * users.scan().filter(UserSchema.AGE.gt(25)).list();
 * Capacity scan = meter.take();       // grows with the table, not with the result
 * }</pre>
 *
 * <p>Requests that fail (a failed condition, for example) report nothing, though DynamoDB charges
 * for them. Thread-safe.
 */
public final class CapacityMeter {
  private final Keyspan keyspan;
  private Capacity consumed = Capacity.ZERO;

  private CapacityMeter(Keyspan keyspan) {
    this.keyspan =
        Keyspan.builder()
            .engine(new MeteredEngine(keyspan.engine(), this))
            .clock(keyspan.clock())
            .tableNameResolver(keyspan::tableName)
            .build();
  }

  /**
   * A meter over the engine of {@code keyspan}; the metered handle shares its engine, clock and
   * table names.
   */
  public static CapacityMeter on(Keyspan keyspan) {
    return new CapacityMeter(Objects.requireNonNull(keyspan, "keyspan"));
  }

  /** The handle whose requests are metered. Closing it leaves the original handle's engine open. */
  public Keyspan keyspan() {
    return keyspan;
  }

  /**
   * The capacity consumed since the previous {@code take()} (or since the meter was made), and
   * starts again from zero.
   */
  public synchronized Capacity take() {
    Capacity taken = consumed;
    consumed = Capacity.ZERO;
    return taken;
  }

  synchronized void record(ConsumedCapacity capacity) {
    if (capacity != null) {
      consumed =
          consumed.plus(
              new Capacity(
                  capacity.capacityUnits(),
                  capacity.readCapacityUnits(),
                  capacity.writeCapacityUnits()));
    }
  }

  void recordAll(Collection<ConsumedCapacity> capacities) {
    capacities.forEach(this::record);
  }
}
