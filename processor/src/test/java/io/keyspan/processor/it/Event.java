package io.keyspan.processor.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

/** A schemaless payload next to typed attributes. */
@Table(name = "Events")
public record Event(@PartitionKey String id, JsonNode payload) {}
