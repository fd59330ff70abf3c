package io.keyspan.spring.actuate;

import io.keyspan.Keyspan;
import io.keyspan.engine.ListTablesRequest;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up when the engine answers a ListTables request of one table (the cheapest call that reaches
 * DynamoDB: https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html);
 * down, with the error, when it throws.
 */
public final class KeyspanHealthIndicator extends AbstractHealthIndicator {
  private final Keyspan keyspan;

  public KeyspanHealthIndicator(Keyspan keyspan) {
    super("Keyspan health check failed");
    this.keyspan = keyspan;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    keyspan.engine().listTables(new ListTablesRequest(null, 1));
    builder.up();
  }
}
