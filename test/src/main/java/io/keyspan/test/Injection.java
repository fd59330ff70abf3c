package io.keyspan.test;

import java.util.List;

/**
 * A record of one fault applied to one call, so a test can assert that its code saw the fault and
 * retried.
 *
 * @param call the number of the call among all calls the faulty engine received, from 1
 * @param operation the call's operation
 * @param fault what was done
 * @param items the items the fault applied to: those left unprocessed, those in conflict, or all
 *     items the call named
 */
public record Injection(long call, Operation operation, Fault fault, List<EngineCall.Item> items) {
  public Injection {
    items = List.copyOf(items);
  }
}
