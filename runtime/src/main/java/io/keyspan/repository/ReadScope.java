package io.keyspan.repository;

import io.keyspan.expression.ExpressionRenderer;
import io.keyspan.expression.KeyCondition;
import io.keyspan.value.AttributeValue;
import io.keyspan.value.Values;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read a page cursor belongs to, as text a person can recognise: {@code Query of Orders index
 * ByStatus where Status = :v0 AND OrderDate > :v1 (:v0 = NEW, :v1 = 2024-05-01), ascending}. The
 * key condition is DynamoDB expression text with the attribute names written in and the values
 * listed after it. A cursor carries this text, so a cursor given to another read can say which read
 * it came from.
 */
final class ReadScope {
  private static final Pattern NAME_PLACEHOLDER = Pattern.compile("#n\\d+");

  private ReadScope() {}

  /** A Query of the table ({@code indexName} null) or an index. */
  static String query(
      String tableName, String indexName, KeyCondition keyCondition, boolean forward) {
    return "Query of "
        + source(tableName, indexName)
        + " where "
        + text(keyCondition)
        + (forward ? ", ascending" : ", descending");
  }

  /** A Scan of the table or an index, or of one of its segments. */
  static String scan(String tableName, String indexName, Integer segment, Integer totalSegments) {
    return "Scan of "
        + source(tableName, indexName)
        + (segment == null ? "" : ", segment " + segment + " of " + totalSegments);
  }

  /** A read of a declared repository method. */
  static String declared(String method, String read) {
    return method + ": " + read;
  }

  private static String source(String tableName, String indexName) {
    return indexName == null ? tableName : tableName + " index " + indexName;
  }

  private static String text(KeyCondition keyCondition) {
    ExpressionRenderer renderer = new ExpressionRenderer();
    String expression = renderer.render(keyCondition);
    Map<String, String> names = renderer.names();
    Matcher placeholder = NAME_PLACEHOLDER.matcher(expression);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(text, Matcher.quoteReplacement(names.get(placeholder.group())));
    }
    placeholder.appendTail(text);
    String separator = " (";
    for (Map.Entry<String, AttributeValue> value : renderer.values().entrySet()) {
      text.append(separator)
          .append(value.getKey())
          .append(" = ")
          .append(Values.text(value.getValue()));
      separator = ", ";
    }
    return renderer.values().isEmpty() ? text.toString() : text.append(')').toString();
  }
}
