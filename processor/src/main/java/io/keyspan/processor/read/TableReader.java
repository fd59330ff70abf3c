package io.keyspan.processor.read;

import io.keyspan.annotations.Index;
import io.keyspan.annotations.Indexes;
import io.keyspan.annotations.Table;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Names;
import io.keyspan.processor.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Table} and {@code @Index}, and assembles each secondary index from the key
 * annotations on the properties, reporting conflicting declarations where they are written.
 */
final class TableReader {
  private final Mirrors mirrors;

  TableReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  io.keyspan.processor.model.TableModel read(
      TypeElement type, List<Property> properties, Report report) {
    io.keyspan.processor.model.TableModel settings = settings(type, report);
    Map<String, AnnotationMirror> configs = configs(type, report);
    List<io.keyspan.processor.model.TableModel.Index> indexes =
        indexes(type, properties, configs, settings.onDemand(), report);
    return new io.keyspan.processor.model.TableModel(
        settings.name(),
        settings.annotation(),
        settings.onDemand(),
        settings.readCapacity(),
        settings.writeCapacity(),
        indexes);
  }

  /** What {@code @Table} itself declares: name and billing, with no indexes. */
  io.keyspan.processor.model.TableModel settings(TypeElement type, Report report) {
    AnnotationMirror table = Mirrors.find(type, Table.class.getCanonicalName()).orElseThrow();
    String name = mirrors.string(table, "name");
    if (name.isEmpty()) {
      name = type.getSimpleName().toString();
    }
    if (!Names.isValidTableOrIndexName(name)) {
      report.error(type, table, mirrors.value(table, "name"), Message.INVALID_TABLE_NAME, name);
    }
    boolean onDemand = mirrors.enumConstant(table, "billingMode").equals("PAY_PER_REQUEST");
    long read = mirrors.number(table, "readCapacity");
    long write = mirrors.number(table, "writeCapacity");
    if (onDemand
        && (Mirrors.explicit(table, "readCapacity").isPresent()
            || Mirrors.explicit(table, "writeCapacity").isPresent())) {
      report.error(type, table, Message.BILLING_CONFLICT, type.getSimpleName());
    } else if (!onDemand && (read < 1 || write < 1)) {
      report.error(type, table, Message.BAD_CAPACITY, type.getSimpleName(), read, write);
    }
    return new io.keyspan.processor.model.TableModel(name, table, onDemand, read, write, List.of());
  }

  /** The {@code @Index} annotations by index name, repeated or in their container. */
  private Map<String, AnnotationMirror> configs(TypeElement type, Report report) {
    List<AnnotationMirror> all = new ArrayList<>();
    Mirrors.find(type, Index.class.getCanonicalName()).ifPresent(all::add);
    Mirrors.find(type, Indexes.class.getCanonicalName())
        .ifPresent(
            container ->
                mirrors
                    .array(container, "value")
                    .forEach(v -> all.add((AnnotationMirror) v.getValue())));
    Map<String, AnnotationMirror> configs = new LinkedHashMap<>();
    for (AnnotationMirror config : all) {
      String name = mirrors.string(config, "name");
      AnnotationMirror previous = configs.putIfAbsent(name, config);
      if (previous != null) {
        report.error(type, config, Message.INDEX_CONFIGURED_TWICE, name);
      }
    }
    return configs;
  }

  private List<io.keyspan.processor.model.TableModel.Index> indexes(
      TypeElement type,
      List<Property> properties,
      Map<String, AnnotationMirror> configs,
      boolean onDemand,
      Report report) {
    Map<String, List<IndexKeyOrder.Declared>> partitions = new LinkedHashMap<>();
    Map<String, List<IndexKeyOrder.Declared>> sorts = new LinkedHashMap<>();
    Map<String, Property.IndexRole> kinds = new LinkedHashMap<>();
    for (Property property : properties) {
      for (Property.IndexKey key : property.roles().indexKeys()) {
        String index = key.indexName();
        if (!Names.isValidTableOrIndexName(index)) {
          report.error(property.element(), key.annotation(), Message.INVALID_INDEX_NAME, index);
          continue;
        }
        boolean global = key.role() != Property.IndexRole.LOCAL_SORT;
        Property.IndexRole kind = kinds.putIfAbsent(index, key.role());
        if (kind != null && (kind != Property.IndexRole.LOCAL_SORT) != global) {
          report.error(
              property.element(),
              key.annotation(),
              Message.INDEX_GLOBAL_AND_LOCAL,
              index,
              kind.annotation(),
              key.role().annotation(),
              property.javaName());
          continue;
        }
        (key.role() == Property.IndexRole.GLOBAL_PARTITION ? partitions : sorts)
            .computeIfAbsent(index, name -> new ArrayList<>())
            .add(new IndexKeyOrder.Declared(property, key));
      }
    }
    Optional<Property> tablePartition =
        properties.stream().filter(p -> p.roles().partitionKey()).findFirst();
    boolean tableHasSortKey = properties.stream().anyMatch(p -> p.roles().sortKey());
    List<io.keyspan.processor.model.TableModel.Index> indexes = new ArrayList<>();
    for (Map.Entry<String, Property.IndexRole> entry : kinds.entrySet()) {
      String index = entry.getKey();
      boolean global = entry.getValue() != Property.IndexRole.LOCAL_SORT;
      List<Property> sort =
          sorts.containsKey(index)
              ? IndexKeyOrder.order(index, sorts.get(index), report)
              : List.of();
      List<Property> partition =
          global
              ? (partitions.containsKey(index)
                  ? IndexKeyOrder.order(index, partitions.get(index), report)
                  : List.of())
              : tablePartition.map(List::of).orElse(List.of());
      if (global && partition.isEmpty()) {
        Property.IndexKey key = indexKey(sort.get(0), index);
        report.error(
            sort.get(0).element(),
            key.annotation(),
            Message.INDEX_SORT_KEY_WITHOUT_PARTITION_KEY,
            index,
            index);
        continue;
      }
      if (!global && !tableHasSortKey) {
        Property.IndexKey key = indexKey(sort.get(0), index);
        report.error(
            sort.get(0).element(),
            key.annotation(),
            Message.LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY,
            index,
            type.getSimpleName());
        continue;
      }
      if (partition.isEmpty()) {
        continue; // no table partition key: reported by the validator
      }
      AnnotationMirror config = configs.remove(index);
      String projection = "ALL";
      List<String> include = List.of();
      long read = 0;
      long write = 0;
      if (config != null) {
        projection = mirrors.enumConstant(config, "projection");
        include =
            mirrors.array(config, "include").stream().map(v -> (String) v.getValue()).toList();
        read = mirrors.number(config, "readCapacity");
        write = mirrors.number(config, "writeCapacity");
        if ((read != 0 || write != 0) && (!global || onDemand)) {
          report.error(
              type,
              config,
              global ? Message.INDEX_CAPACITY_ON_DEMAND : Message.LOCAL_INDEX_CAPACITY,
              index);
        }
        if (!include.isEmpty() && !projection.equals("INCLUDE")) {
          report.error(type, config, Message.INCLUDE_WITHOUT_INCLUDE_PROJECTION, index, projection);
        }
      }
      indexes.add(
          new io.keyspan.processor.model.TableModel.Index(
              index, global, partition, sort, projection, include, read, write));
    }
    for (Map.Entry<String, AnnotationMirror> unused : configs.entrySet()) {
      AnnotationValue name = mirrors.value(unused.getValue(), "name");
      report.error(type, unused.getValue(), name, Message.INDEX_WITHOUT_KEYS, unused.getKey());
    }
    return indexes;
  }

  /** The annotation that makes {@code property} a key of {@code index}. */
  private static Property.IndexKey indexKey(Property property, String index) {
    return property.roles().indexKeys().stream()
        .filter(k -> k.indexName().equals(index))
        .findFirst()
        .orElseThrow();
  }
}
