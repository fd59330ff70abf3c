package io.keyspan.processor.validate;

import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TableModel;
import java.util.LinkedHashSet;
import java.util.Set;

/** The key attributes of the table or of one index. */
record Keys(String description, Property partition, Property sort) {
  static Keys of(Entity entity) {
    return new Keys(
        "the table " + entity.table().orElseThrow().name(),
        entity.partitionKey().orElseThrow(),
        entity.sortKey().orElse(null));
  }

  static Keys of(TableModel.Index index) {
    return new Keys("the index " + index.name(), index.partitionKey(), index.sortKey());
  }

  Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    names.add(partition.attributeName());
    if (sort != null) {
      names.add(sort.attributeName());
    }
    return names;
  }

  String sortDescription() {
    return sort == null ? ", no sort key" : ", sort key " + sort.attributeName();
  }
}
