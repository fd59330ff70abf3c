package io.keyspan.processor.it.multikey;

import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.IndexSortKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

/**
 * A tournament match, found through a global index keyed by tournament and region, sorted by round
 * then bracket: the Developer Guide's multi-attribute key example. The order of the components is
 * not the order of the key, which the annotations declare. ByRegion has the same partition key and
 * no sort key.
 */
@Table(name = "Matches", billingMode = Table.BillingMode.PAY_PER_REQUEST)
public record Match(
    @PartitionKey String matchId,
    @IndexSortKey(value = "ByBracket", order = 2) String bracket,
    @IndexPartitionKey(
            value = {"ByBracket", "ByRegion"},
            order = 1)
        String tournament,
    @IndexSortKey(value = "ByBracket", order = 1) int round,
    @IndexPartitionKey(
            value = {"ByBracket", "ByRegion"},
            order = 2)
        String region,
    String winner) {}
