package io.keyspan.dynamodb.logging;

import io.keyspan.Keyspan;
import io.keyspan.engine.ListTablesRequest;
import org.slf4j.LoggerFactory;

/**
 * An application with no logging set-up of its own: it lists the tables of the endpoint given as
 * its argument through the AWS SDK engine, then says which SLF4J logger factory the SDK got.
 */
public final class PlainProgram {
  private PlainProgram() {}

  public static void main(String[] args) {
    try (Keyspan db = Keyspan.connect("dynamodb:" + args[0])) {
      System.out.println(
          "tables: " + db.engine().listTables(ListTablesRequest.FIRST_PAGE).tableNames());
    }
    System.out.println("logging: " + LoggerFactory.getILoggerFactory().getClass().getName());
  }
}
