package com.example.modular;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

@Table(name = "Parts")
public record Part(@PartitionKey @Attribute("Sku") String sku, @Attribute("Name") String name) {}
