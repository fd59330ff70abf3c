package io.keyspan.engine;

import java.util.List;

/**
 * A page of table names.
 *
 * @param lastEvaluatedTableName where the next page starts; null on the last page
 */
public record ListTablesResponse(List<String> tableNames, String lastEvaluatedTableName) {
  public ListTablesResponse {
    tableNames = List.copyOf(tableNames);
  }
}
