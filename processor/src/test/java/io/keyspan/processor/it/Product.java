package io.keyspan.processor.it;

import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.Table;
import java.util.List;

/** An immutable class built through its constructor. */
@Table(name = "Products")
public final class Product {
  @PartitionKey private final String sku;
  private final long priceCents;
  private final List<String> tags;

  public Product(String sku, long priceCents, List<String> tags) {
    this.sku = sku;
    this.priceCents = priceCents;
    this.tags = tags;
  }

  public String sku() {
    return sku;
  }

  public long getPriceCents() {
    return priceCents;
  }

  public List<String> tags() {
    return tags;
  }
}
