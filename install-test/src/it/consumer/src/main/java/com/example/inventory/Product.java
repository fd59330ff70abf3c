package com.example.inventory;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;

@Table(name = "Products")
public record Product(@PartitionKey @Attribute("Sku") String sku,
                      @Attribute("Name") String name,
                      @Attribute("Stock") int stock) {}
