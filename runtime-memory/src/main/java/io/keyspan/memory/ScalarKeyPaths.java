package io.keyspan.memory;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Key attributes are scalars, so an update expression or a Scan filter may not reach into one with
 * {@code .} or {@code [n]}; a write's condition may (it is simply false). This follows dynalite
 * (db/index.js validateKeyPaths, called for updates and scans), whose validations copy DynamoDB's;
 * the API reference does not say. The table's key attributes are checked first, then each index's.
 */
final class ScalarKeyPaths {
  private ScalarKeyPaths() {}

  static void checkFilter(TableSettings table, Condition filter) {
    if (filter != null) {
      check(table, ConditionPaths.paths(filter));
    }
  }

  static void check(TableSettings table, UpdateExpression update) {
    check(table, ConditionPaths.paths(update));
  }

  private static void check(TableSettings table, Stream<Path> paths) {
    Set<String> nested =
        paths
            .filter(path -> !path.isTopLevel())
            .map(Path::topLevelName)
            .collect(Collectors.toSet());
    if (nested.isEmpty()) {
      return;
    }
    for (String name : table.key().names()) {
      if (nested.contains(name)) {
        throw ErrorMessages.nestedKeyPath("Key", name);
      }
    }
    for (SecondaryIndex index : (Iterable<SecondaryIndex>) table.indexes()::iterator) {
      for (String name : index.key().names()) {
        if (nested.contains(name)) {
          throw ErrorMessages.nestedKeyPath("IndexKey", name);
        }
      }
    }
  }
}
