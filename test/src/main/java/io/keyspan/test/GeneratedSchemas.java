package io.keyspan.test;

import io.keyspan.schema.TableSchema;
import java.lang.reflect.InvocationTargetException;

/**
 * The generated schema of a {@code @Table} type, found by the processor's naming rule: {@code User}
 * → {@code UserSchema}, nested {@code Outer.User} → {@code Outer_UserSchema}, in the same package.
 * Test code only: it loads the class by name (through the type's class loader) and calls its static
 * {@code instance()}; library code reaches schemas directly, without reflection.
 */
final class GeneratedSchemas {
  private GeneratedSchemas() {}

  static TableSchema<?> of(Class<?> table) {
    String schemaName = schemaName(table);
    try {
      Class<?> schema = Class.forName(schemaName, true, table.getClassLoader());
      return (TableSchema<?>) schema.getMethod("instance").invoke(null);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalArgumentException(
          "@KeyspanTest(tables = "
              + table.getSimpleName()
              + ".class): no generated "
              + schemaName
              + ". Annotate "
              + table.getName()
              + " with @Table and compile the tests with keyspan-processor "
              + "on the annotation processor path.",
          e);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + schemaName + ".instance()", e);
    }
  }

  static String schemaName(Class<?> table) {
    String packageName = table.getPackageName();
    String simpleNames =
        packageName.isEmpty()
            ? table.getName()
            : table.getName().substring(packageName.length() + 1);
    return (packageName.isEmpty() ? "" : packageName + ".")
        + simpleNames.replace('$', '_')
        + "Schema";
  }
}
