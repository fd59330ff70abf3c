package io.keyspan.samples;

import io.keyspan.engine.Capacity;
import io.keyspan.repository.CapacityMeter;
import io.keyspan.repository.Explanation;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.TreeMap;

/**
 * Prints what a walk-through does: each step, the DynamoDB request it became, the items it saw, and
 * the capacity it consumed.
 */
public final class Narrator {
  private final PrintStream out;
  private final CapacityMeter meter;

  public Narrator(PrintStream out, CapacityMeter meter) {
    this.out = out;
    this.meter = meter;
  }

  public void section(String title) {
    out.println();
    out.println("== " + title + " ==");
  }

  /** A step in plain words, starting with the DynamoDB action it runs. */
  public void step(String what) {
    out.println();
    out.println(what);
  }

  /**
   * The expressions of a request as DynamoDB receives them, with their #names and :values in
   * placeholder order (#n0, #n1, ..., #n10), as the explanation keeps them.
   */
  public void request(Explanation explanation) {
    explanation.indexName().ifPresent(index -> out.println("  IndexName: " + index));
    new TreeMap<>(explanation.expressions())
        .forEach((parameter, expression) -> out.println("  " + parameter + ": " + expression));
    if (!explanation.names().isEmpty()) {
      out.println("  ExpressionAttributeNames: " + explanation.names());
    }
    if (!explanation.values().isEmpty()) {
      out.println("  ExpressionAttributeValues: " + explanation.values());
    }
  }

  public void item(Object item) {
    out.println("  item: " + item);
  }

  public void items(Collection<?> items) {
    out.println("  " + items.size() + (items.size() == 1 ? " item" : " items"));
    items.forEach(this::item);
  }

  public void note(String text) {
    out.println("  " + text);
  }

  /** Prints and returns the capacity consumed since the previous step. */
  public Capacity consumed() {
    Capacity capacity = meter.take();
    out.println("  consumed: " + describe(capacity));
    return capacity;
  }

  /** "0.5 read units", "2 write units", "1 read unit + 2 write units", "nothing". */
  public static String describe(Capacity capacity) {
    StringBuilder text = new StringBuilder();
    units(text, capacity.readCapacityUnits(), "read");
    units(text, capacity.writeCapacityUnits(), "write");
    return text.length() == 0 ? "nothing" : text.toString();
  }

  private static void units(StringBuilder text, double units, String kind) {
    if (units == 0) {
      return;
    }
    if (text.length() > 0) {
      text.append(" + ");
    }
    String amount = BigDecimal.valueOf(units).stripTrailingZeros().toPlainString();
    text.append(amount).append(' ').append(kind).append(units == 1 ? " unit" : " units");
  }
}
