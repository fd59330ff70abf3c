package io.keyspan.engine;

import io.keyspan.engine.table.GlobalSecondaryIndex;
import io.keyspan.engine.table.ProvisionedThroughput;

/** One change to a table's global secondary indexes in an UpdateTable. */
public sealed interface GlobalSecondaryIndexUpdate
    permits GlobalSecondaryIndexUpdate.Create,
        GlobalSecondaryIndexUpdate.Update,
        GlobalSecondaryIndexUpdate.Delete {

  /** Adds an index; its key attributes must be in the request's attribute definitions. */
  record Create(GlobalSecondaryIndex index) implements GlobalSecondaryIndexUpdate {}

  /** Changes an index's provisioned throughput. */
  record Update(String indexName, ProvisionedThroughput provisionedThroughput)
      implements GlobalSecondaryIndexUpdate {}

  /** Removes an index. */
  record Delete(String indexName) implements GlobalSecondaryIndexUpdate {}
}
