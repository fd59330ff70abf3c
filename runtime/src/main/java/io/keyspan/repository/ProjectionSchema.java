package io.keyspan.repository;

import io.keyspan.schema.TableDefinition;
import io.keyspan.schema.TableSchema;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.function.Function;

/**
 * The table's definition with a read-only mapping to a projection record, so that reads of a
 * declared repository page and resume exactly like reads of the entity. Projections are never
 * written.
 */
final class ProjectionSchema<R> implements TableSchema<R> {
  private final TableDefinition definition;
  private final Function<Map<String, AttributeValue>, R> mapper;

  ProjectionSchema(TableDefinition definition, Function<Map<String, AttributeValue>, R> mapper) {
    this.definition = definition;
    this.mapper = mapper;
  }

  @Override
  public TableDefinition definition() {
    return definition;
  }

  @Override
  public Map<String, AttributeValue> toItem(R item) {
    throw new UnsupportedOperationException("a projection is read-only: write the entity");
  }

  @Override
  public R fromItem(Map<String, AttributeValue> item) {
    return mapper.apply(item);
  }
}
