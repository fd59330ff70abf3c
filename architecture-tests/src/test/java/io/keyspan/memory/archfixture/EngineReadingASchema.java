package io.keyspan.memory.archfixture;

import io.keyspan.schema.TableSchema;

/**
 * Breaks a rule on purpose (ArchitectureRulesCanFailTest): an engine class that needs the mapping
 * schema.
 */
public final class EngineReadingASchema {
  TableSchema<?> schema;
}
