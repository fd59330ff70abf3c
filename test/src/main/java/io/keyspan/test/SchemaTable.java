package io.keyspan.test;

import io.keyspan.Keyspan;
import io.keyspan.repository.TableRepository;
import io.keyspan.schema.TableSchema;

/** A repository over any schema, to create its table exactly as a generated repository would. */
final class SchemaTable<T> extends TableRepository<T> {
  SchemaTable(Keyspan keyspan, TableSchema<T> schema) {
    super(keyspan, schema);
  }
}
