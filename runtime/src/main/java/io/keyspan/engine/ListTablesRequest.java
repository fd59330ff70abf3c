package io.keyspan.engine;

/**
 * ListTables, a page at a time in name order.
 *
 * @param exclusiveStartTableName the last name of the previous page; null to start
 * @param limit at most this many names (1 to 100); null for 100
 */
public record ListTablesRequest(String exclusiveStartTableName, Integer limit) {
  public static final ListTablesRequest FIRST_PAGE = new ListTablesRequest(null, null);
}
