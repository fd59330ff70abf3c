package io.keyspan.processor.it.tickets;

import io.keyspan.annotations.Index;
import io.keyspan.annotations.IndexAttributes;
import io.keyspan.annotations.KeyAttributes;
import io.keyspan.annotations.Table;

/**
 * A provisioned single table whose index copies only what its members need: an INCLUDE projection
 * with its own capacity, and a KEYS_ONLY index that no member fills.
 */
@Table(
    name = "Tickets",
    billingMode = Table.BillingMode.PROVISIONED,
    readCapacity = 10,
    writeCapacity = 4)
@KeyAttributes(partitionKey = "PK", sortKey = "SK")
@IndexAttributes(
    index = "GSI1",
    partitionKey = "GSI1PK",
    sortKey = "GSI1SK",
    projection = Index.ProjectionType.INCLUDE,
    include = {"_type", "ticketId", "title"},
    readCapacity = 2)
@IndexAttributes(
    index = "GSI2",
    partitionKey = "GSI2PK",
    projection = Index.ProjectionType.KEYS_ONLY)
public sealed interface TicketItem permits Ticket {}
