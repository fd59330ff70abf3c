package io.keyspan.engine;

import io.keyspan.expression.Condition;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/** What Query and Scan requests share beside every read: the index, the filter and the page. */
public sealed interface PageRequest extends ReadRequest permits QueryRequest, ScanRequest {
  /** The index to read; null for the table. */
  String indexName();

  /** Applied after reading, before returning; null for none. */
  Condition filter();

  /** Which attributes, or COUNT; null for the default. */
  Select select();

  /** The maximum number of items to evaluate; null for no limit. */
  Integer limit();

  /** The LastEvaluatedKey of the previous page; null to start. */
  Map<String, AttributeValue> exclusiveStartKey();
}
