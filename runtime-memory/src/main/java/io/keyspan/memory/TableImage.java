package io.keyspan.memory;

import io.keyspan.engine.table.AttributeDefinition;
import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.KeySchemaElement;
import io.keyspan.engine.table.KeyType;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ProvisionedThroughput;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.engine.table.StreamViewType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything about a table except its items, as the data directory keeps it: keys, indexes,
 * billing, tags, time to live and its latest stream. Written whole after every change to any of
 * them, so replaying the last image of a table restores it.
 */
record TableImage(
    TableSettings settings,
    SortedMap<String, String> tags,
    String ttlAttribute,
    boolean ttlEnabled,
    StreamImage stream) {

  TableImage {
    tags = new TreeMap<>(tags);
  }

  /** A table's stream, without its records (the log and snapshot keep them apart). */
  record StreamImage(
      String arn,
      String label,
      StreamViewType viewType,
      Instant created,
      String shardId,
      long startingSequenceNumber,
      Instant disabled) {

    static StreamImage of(TableStream stream) {
      return new StreamImage(
          stream.arn(),
          stream.label(),
          stream.viewType(),
          stream.created(),
          stream.shardId(),
          stream.startingSequenceNumber(),
          stream.disabledAt());
    }

    /**
     * The stream, registered with {@code streams}: the one a snapshot already restored with its
     * records, or a new, empty one.
     */
    TableStream restore(StreamRegistry streams, TableSettings table) {
      TableStream restored = streams.stored(arn);
      if (restored == null) {
        restored =
            new TableStream(
                streams, arn, label, table, viewType, created, shardId, startingSequenceNumber);
        streams.restore(restored);
      }
      if (disabled != null && restored.enabled()) {
        restored.disable(disabled);
      }
      return restored;
    }

    void write(DataWriter out) {
      out.writeString(arn)
          .writeString(label)
          .writeString(viewType.name())
          .writeInstant(created)
          .writeString(shardId)
          .writeLong(startingSequenceNumber)
          .writeOptionalInstant(disabled);
    }

    static StreamImage read(DataReader in) {
      return new StreamImage(
          in.readString(),
          in.readString(),
          StreamViewType.valueOf(in.readString()),
          in.readInstant(),
          in.readString(),
          in.readLong(),
          in.readOptionalInstant());
    }
  }

  static TableImage of(StoredTable table) {
    TableStream stream = table.stream();
    return new TableImage(
        table.definition(),
        table.tags(),
        table.ttlAttribute(),
        table.ttlEnabled(),
        stream == null ? null : StreamImage.of(stream));
  }

  // ------------------------------------------------------------------ encoding

  void write(DataWriter out) {
    writeSettings(out, settings);
    out.writeInt(tags.size());
    tags.forEach((key, value) -> out.writeString(key).writeString(value));
    out.writeOptionalString(ttlAttribute).writeBoolean(ttlEnabled);
    out.writeBoolean(stream != null);
    if (stream != null) {
      stream.write(out);
    }
  }

  static TableImage read(DataReader in) {
    TableSettings settings = readSettings(in);
    SortedMap<String, String> tags = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String key = in.readString();
      tags.put(key, in.readString());
    }
    String ttlAttribute = in.readOptionalString();
    boolean ttlEnabled = in.readBoolean();
    StreamImage stream = in.readBoolean() ? StreamImage.read(in) : null;
    return new TableImage(settings, tags, ttlAttribute, ttlEnabled, stream);
  }

  /** A table's keys, indexes, billing and creation time. */
  static void writeSettings(DataWriter out, TableSettings settings) {
    out.writeString(settings.name());
    out.writeInt(settings.attributeDefinitions().size());
    settings
        .attributeDefinitions()
        .forEach(d -> out.writeString(d.attributeName()).writeString(d.attributeType().name()));
    writeKeySchema(out, settings.keySchema());
    writeIndexes(out, settings.globalIndexes());
    writeIndexes(out, settings.localIndexes());
    out.writeString(settings.billingMode().name());
    writeThroughput(out, settings.throughput());
    out.writeInstant(settings.created());
  }

  static TableSettings readSettings(DataReader in) {
    String name = in.readString();
    List<AttributeDefinition> definitions = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String attribute = in.readString();
      definitions.add(
          new AttributeDefinition(attribute, ScalarAttributeType.valueOf(in.readString())));
    }
    List<KeySchemaElement> keySchema = readKeySchema(in);
    List<SecondaryIndex> globals = readIndexes(in, definitions);
    List<SecondaryIndex> locals = readIndexes(in, definitions);
    BillingMode billing = BillingMode.valueOf(in.readString());
    ProvisionedThroughput throughput = readThroughput(in);
    Instant created = in.readInstant();
    return new TableSettings(
        name,
        definitions,
        keySchema,
        TypedKeySchema.of(keySchema, definitions),
        globals,
        locals,
        billing,
        throughput,
        created);
  }

  private static void writeIndexes(DataWriter out, List<SecondaryIndex> indexes) {
    out.writeInt(indexes.size());
    for (SecondaryIndex index : indexes) {
      out.writeString(index.name()).writeBoolean(index.global());
      writeKeySchema(out, index.key().schema());
      out.writeString(index.projection().projectionType().name())
          .writeStrings(index.projection().nonKeyAttributes());
      writeThroughput(out, index.throughput());
    }
  }

  private static List<SecondaryIndex> readIndexes(
      DataReader in, List<AttributeDefinition> definitions) {
    List<SecondaryIndex> indexes = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String name = in.readString();
      boolean global = in.readBoolean();
      List<KeySchemaElement> schema = readKeySchema(in);
      ProjectionType projection = ProjectionType.valueOf(in.readString());
      List<String> nonKey = in.readStrings();
      indexes.add(
          new SecondaryIndex(
              name,
              global,
              TypedKeySchema.of(schema, definitions),
              new IndexProjection(projection, nonKey),
              readThroughput(in)));
    }
    return indexes;
  }

  private static void writeKeySchema(DataWriter out, List<KeySchemaElement> schema) {
    out.writeInt(schema.size());
    schema.forEach(k -> out.writeString(k.attributeName()).writeString(k.keyType().name()));
  }

  private static List<KeySchemaElement> readKeySchema(DataReader in) {
    List<KeySchemaElement> schema = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      String attribute = in.readString();
      schema.add(new KeySchemaElement(attribute, KeyType.valueOf(in.readString())));
    }
    return schema;
  }

  private static void writeThroughput(DataWriter out, ProvisionedThroughput throughput) {
    out.writeBoolean(throughput != null);
    if (throughput != null) {
      out.writeLong(throughput.readCapacityUnits()).writeLong(throughput.writeCapacityUnits());
    }
  }

  private static ProvisionedThroughput readThroughput(DataReader in) {
    if (!in.readBoolean()) {
      return null;
    }
    long read = in.readLong();
    return ProvisionedThroughput.of(read, in.readLong());
  }
}
