package io.keyspan.schema;

import io.keyspan.engine.CreateTableRequest;
import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.LocalSecondaryIndex;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as its annotations declare it: logical name, keys, secondary indexes, billing, and the
 * attributes Keyspan maintains itself (version, counters, timestamps, time to live). Immutable;
 * build one with {@link #builder}.
 */
public final class TableDefinition {
  private final String name;
  private final KeyDefinition partitionKey;
  private final KeyDefinition sortKey;
  private final List<IndexDefinition> indexes;
  private final BillingMode billingMode;
  private final ProvisionedThroughput throughput;
  private final String versionAttribute;
  private final List<CounterDefinition> counters;
  private final TimestampDefinition createdAt;
  private final TimestampDefinition updatedAt;
  private final String timeToLiveAttribute;

  private TableDefinition(Builder builder) {
    this.name = builder.name;
    this.partitionKey = builder.partitionKey;
    this.sortKey = builder.sortKey;
    this.indexes = List.copyOf(builder.indexes);
    this.billingMode = builder.billingMode;
    this.throughput = builder.throughput;
    this.versionAttribute = builder.versionAttribute;
    this.counters = List.copyOf(builder.counters);
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
    this.timeToLiveAttribute = builder.timeToLiveAttribute;
  }

  public static Builder builder(String name, KeyDefinition partitionKey) {
    return new Builder(name, partitionKey);
  }

  /** The logical table name, before the handle's prefix or resolver. */
  public String name() {
    return name;
  }

  public KeyDefinition partitionKey() {
    return partitionKey;
  }

  public Optional<KeyDefinition> sortKey() {
    return Optional.ofNullable(sortKey);
  }

  public List<IndexDefinition> indexes() {
    return indexes;
  }

  /** The index with this name. */
  public Optional<IndexDefinition> index(String indexName) {
    return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
  }

  public BillingMode billingMode() {
    return billingMode;
  }

  /** The table's capacity when provisioned; empty on demand. */
  public Optional<ProvisionedThroughput> throughput() {
    return Optional.ofNullable(throughput);
  }

  /** The optimistic-locking version attribute, if any. */
  public Optional<String> versionAttribute() {
    return Optional.ofNullable(versionAttribute);
  }

  public List<CounterDefinition> counters() {
    return counters;
  }

  public Optional<TimestampDefinition> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  public Optional<TimestampDefinition> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** The attribute holding each item's expiry in epoch seconds, if any. */
  public Optional<String> timeToLiveAttribute() {
    return Optional.ofNullable(timeToLiveAttribute);
  }

  /** The table's key attribute names: partition key, then sort key if any. */
  public List<String> keyNames() {
    return sortKey == null
        ? List.of(partitionKey.name())
        : List.of(partitionKey.name(), sortKey.name());
  }

  /** The primary key of a whole item: its key attributes only. */
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String keyName : keyNames()) {
      AttributeValue value = item.get(keyName);
      if (value == null) {
        throw new MappingException(
            "the item has no value for the key attribute " + keyName + " of table " + name);
      }
      key.put(keyName, value);
    }
    return key;
  }

  /**
   * The table and an item's key as error messages show them: {@code Music{Artist=Acme Band,
   * SongTitle=Happy Day}}. Strings appear as they are, numbers as their text, binaries in base64; a
   * key attribute the item lacks appears as {@code ?}.
   */
  public String describe(Map<String, AttributeValue> item) {
    StringBuilder text = new StringBuilder(name).append('{');
    String separator = "";
    for (String keyName : keyNames()) {
      AttributeValue value = item.get(keyName);
      text.append(separator)
          .append(keyName)
          .append('=')
          .append(value == null ? "?" : Values.text(value));
      separator = ", ";
    }
    return text.append('}').toString();
  }

  /**
   * The key attributes that identify an item's position in an index: the index's keys and the
   * table's, the form of a LastEvaluatedKey when querying that index.
   */
  public Map<String, AttributeValue> positionOf(
      Optional<IndexDefinition> index, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> position = new LinkedHashMap<>();
    index.ifPresent(
        i -> {
          for (KeyDefinition key : i.keys()) {
            position.put(key.name(), item.get(key.name()));
          }
        });
    position.putAll(keyOf(item));
    position.values().removeIf(Objects::isNull);
    return position;
  }

  /** The CreateTable request for this table under its physical name. */
  public CreateTableRequest toCreateTableRequest(String physicalName) {
    Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
    addDefinition(definitions, partitionKey);
    addDefinition(definitions, sortKey);
    List<GlobalSecondaryIndex> globals = new ArrayList<>();
    List<LocalSecondaryIndex> locals = new ArrayList<>();
    for (IndexDefinition index : indexes) {
      index.keys().forEach(key -> addDefinition(definitions, key));
      List<KeySchemaElement> keySchema = new ArrayList<>();
      index.partitionKeys().forEach(key -> keySchema.add(KeySchemaElement.hash(key.name())));
      index.sortKeys().forEach(key -> keySchema.add(KeySchemaElement.range(key.name())));
      if (index.global()) {
        ProvisionedThroughput indexThroughput =
            billingMode == BillingMode.PROVISIONED
                ? (index.throughput() != null ? index.throughput() : throughput)
                : null;
        globals.add(
            new GlobalSecondaryIndex(index.name(), keySchema, index.projection(), indexThroughput));
      } else {
        locals.add(new LocalSecondaryIndex(index.name(), keySchema, index.projection()));
      }
    }
    return new CreateTableRequest(
        physicalName,
        List.copyOf(definitions.values()),
        keySchema(partitionKey, sortKey),
        globals,
        locals,
        billingMode,
        billingMode == BillingMode.PROVISIONED ? throughput : null,
        null,
        null);
  }

  private static void addDefinition(
      Map<String, AttributeDefinition> definitions, KeyDefinition key) {
    if (key != null) {
      definitions.putIfAbsent(key.name(), new AttributeDefinition(key.name(), key.type()));
    }
  }

  private static List<KeySchemaElement> keySchema(KeyDefinition partition, KeyDefinition sort) {
    return sort == null
        ? List.of(KeySchemaElement.hash(partition.name()))
        : List.of(KeySchemaElement.hash(partition.name()), KeySchemaElement.range(sort.name()));
  }

  @Override
  public String toString() {
    return "TableDefinition["
        + name
        + ", keys "
        + keyNames()
        + ", indexes "
        + indexes.stream().map(IndexDefinition::name).toList()
        + "]";
  }

  /** Collects a {@link TableDefinition}; the defaults are provisioned 5/5 without extras. */
  public static final class Builder {
    private final String name;
    private final KeyDefinition partitionKey;
    private KeyDefinition sortKey;
    private final List<IndexDefinition> indexes = new ArrayList<>();
    private BillingMode billingMode = BillingMode.PROVISIONED;
    private ProvisionedThroughput throughput = ProvisionedThroughput.of(5, 5);
    private String versionAttribute;
    private final List<CounterDefinition> counters = new ArrayList<>();
    private TimestampDefinition createdAt;
    private TimestampDefinition updatedAt;
    private String timeToLiveAttribute;

    private Builder(String name, KeyDefinition partitionKey) {
      this.name = Objects.requireNonNull(name, "name");
      this.partitionKey = Objects.requireNonNull(partitionKey, "partitionKey");
    }

    public Builder sortKey(KeyDefinition sortKey) {
      this.sortKey = sortKey;
      return this;
    }

    public Builder index(IndexDefinition index) {
      indexes.add(Objects.requireNonNull(index, "index"));
      return this;
    }

    /** Provisioned capacity for the table and, unless they declare their own, its GSIs. */
    public Builder provisioned(long readCapacityUnits, long writeCapacityUnits) {
      this.billingMode = BillingMode.PROVISIONED;
      this.throughput = ProvisionedThroughput.of(readCapacityUnits, writeCapacityUnits);
      return this;
    }

    public Builder onDemand() {
      this.billingMode = BillingMode.PAY_PER_REQUEST;
      this.throughput = null;
      return this;
    }

    public Builder version(String attribute) {
      this.versionAttribute = attribute;
      return this;
    }

    public Builder counter(String attribute, long start, long delta) {
      counters.add(new CounterDefinition(attribute, start, delta));
      return this;
    }

    public Builder createdAt(TimestampDefinition timestamp) {
      this.createdAt = timestamp;
      return this;
    }

    public Builder updatedAt(TimestampDefinition timestamp) {
      this.updatedAt = timestamp;
      return this;
    }

    public Builder timeToLive(String attribute) {
      this.timeToLiveAttribute = attribute;
      return this;
    }

    public TableDefinition build() {
      return new TableDefinition(this);
    }
  }
}
