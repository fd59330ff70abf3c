package io.keyspan.repository.generated;

import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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

  private DeclaredRead(Settings settings) {
    this.method = Objects.requireNonNull(settings.method, "method");
    this.indexName = settings.indexName;
    this.keyCondition = settings.keyCondition;
    this.filter = settings.filter;
    this.projection = settings.projection;
    this.forward = settings.forward;
    this.consistentRead = settings.consistentRead;
    this.limit = settings.limit;
    this.pageSize = settings.pageSize;
  }

  /** A Query of the table ({@code indexName} null) or an index. */
  public static DeclaredRead query(String method, String indexName, KeyCondition keyCondition) {
    Settings settings = new Settings(method, indexName);
    settings.keyCondition = Objects.requireNonNull(keyCondition, "keyCondition");
    return new DeclaredRead(settings);
  }

  /** A Scan of the table ({@code indexName} null) or an index. */
  public static DeclaredRead scan(String method, String indexName) {
    return new DeclaredRead(new Settings(method, indexName));
  }

  public DeclaredRead filter(Condition filter) {
    return with(settings -> settings.filter = filter);
  }

  public DeclaredRead projection(Projection projection) {
    return with(settings -> settings.projection = projection);
  }

  public DeclaredRead descending() {
    return with(settings -> settings.forward = false);
  }

  public DeclaredRead consistentRead() {
    return with(settings -> settings.consistentRead = true);
  }

  /** The most items returned in total. */
  public DeclaredRead limit(int limit) {
    int checked = positive(limit, "limit");
    return with(settings -> settings.limit = checked);
  }

  /** Items evaluated per request (DynamoDB's {@code Limit}). */
  public DeclaredRead pageSize(int pageSize) {
    int checked = positive(pageSize, "page size");
    return with(settings -> settings.pageSize = checked);
  }

  /** A copy of this read with one setting changed. */
  private DeclaredRead with(Consumer<Settings> change) {
    Settings settings = new Settings(method, indexName);
    settings.keyCondition = keyCondition;
    settings.filter = filter;
    settings.projection = projection;
    settings.forward = forward;
    settings.consistentRead = consistentRead;
    settings.limit = limit;
    settings.pageSize = pageSize;
    change.accept(settings);
    return new DeclaredRead(settings);
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

  /** The settings of a read while one is made: each change copies them and changes one. */
  private static final class Settings {
    private final String method;
    private final String indexName;
    private KeyCondition keyCondition;
    private Condition filter;
    private Projection projection;
    private boolean forward = true;
    private boolean consistentRead;
    private Integer limit;
    private Integer pageSize;

    private Settings(String method, String indexName) {
      this.method = method;
      this.indexName = indexName;
    }
  }
}
