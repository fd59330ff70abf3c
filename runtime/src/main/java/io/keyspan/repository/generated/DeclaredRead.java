package io.keyspan.repository.generated;

import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import java.util.Objects;
import java.util.Optional;

/**
 * One read method of a declared repository, as the processor checked it: a Query or a Scan of the
 * table or an index, with expression trees whose {@code :placeholders} are bound per call.
 * Generated code builds it once, as a constant; it is immutable.
 *
 * <pre>{@code
 * static final DeclaredRead BY_EMAIL = DeclaredRead.query("byEmail", "ByEmail", keyCondition).limit(1);
 * }</pre>
 */
public final class DeclaredRead {
  private final String method;
  private final String indexName;
  private final KeyCondition keyCondition;
  private final Condition filter;
  private final Projection projection;
  private final boolean forward;
  private final boolean consistentRead;
  private final Integer limit;
  private final Integer pageSize;

  private DeclaredRead(
      String method,
      String indexName,
      KeyCondition keyCondition,
      Condition filter,
      Projection projection,
      boolean forward,
      boolean consistentRead,
      Integer limit,
      Integer pageSize) {
    this.method = Objects.requireNonNull(method, "method");
    this.indexName = indexName;
    this.keyCondition = keyCondition;
    this.filter = filter;
    this.projection = projection;
    this.forward = forward;
    this.consistentRead = consistentRead;
    this.limit = limit;
    this.pageSize = pageSize;
  }

  /** A Query of the table ({@code indexName} null) or an index. */
  public static DeclaredRead query(String method, String indexName, KeyCondition keyCondition) {
    return new DeclaredRead(
        method,
        indexName,
        Objects.requireNonNull(keyCondition, "keyCondition"),
        null,
        null,
        true,
        false,
        null,
        null);
  }

  /** A Scan of the table ({@code indexName} null) or an index. */
  public static DeclaredRead scan(String method, String indexName) {
    return new DeclaredRead(method, indexName, null, null, null, true, false, null, null);
  }

  public DeclaredRead filter(Condition filter) {
    return new DeclaredRead(
        method,
        indexName,
        keyCondition,
        filter,
        projection,
        forward,
        consistentRead,
        limit,
        pageSize);
  }

  public DeclaredRead projection(Projection projection) {
    return new DeclaredRead(
        method,
        indexName,
        keyCondition,
        filter,
        projection,
        forward,
        consistentRead,
        limit,
        pageSize);
  }

  public DeclaredRead descending() {
    return new DeclaredRead(
        method,
        indexName,
        keyCondition,
        filter,
        projection,
        false,
        consistentRead,
        limit,
        pageSize);
  }

  public DeclaredRead consistentRead() {
    return new DeclaredRead(
        method, indexName, keyCondition, filter, projection, forward, true, limit, pageSize);
  }

  /** The most items returned in total. */
  public DeclaredRead limit(int limit) {
    return new DeclaredRead(
        method,
        indexName,
        keyCondition,
        filter,
        projection,
        forward,
        consistentRead,
        positive(limit, "limit"),
        pageSize);
  }

  /** Items evaluated per request (DynamoDB's {@code Limit}). */
  public DeclaredRead pageSize(int pageSize) {
    return new DeclaredRead(
        method,
        indexName,
        keyCondition,
        filter,
        projection,
        forward,
        consistentRead,
        limit,
        positive(pageSize, "page size"));
  }

  public String method() {
    return method;
  }

  public Optional<String> indexName() {
    return Optional.ofNullable(indexName);
  }

  /** The key condition of a Query; empty for a Scan. */
  public Optional<KeyCondition> keyCondition() {
    return Optional.ofNullable(keyCondition);
  }

  public Optional<Condition> filter() {
    return Optional.ofNullable(filter);
  }

  public Optional<Projection> projection() {
    return Optional.ofNullable(projection);
  }

  public boolean isForward() {
    return forward;
  }

  public boolean isConsistentRead() {
    return consistentRead;
  }

  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  public Optional<Integer> pageSize() {
    return Optional.ofNullable(pageSize);
  }

  /** The check {@code QueryOperation} makes of the same settings, with the same message. */
  private static int positive(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException("The " + what + " must be at least 1, not " + value);
    }
    return value;
  }
}
