package io.keyspan.processor.it;

import io.keyspan.annotations.PartitionKey;

/** A superclass whose attributes its subclasses inherit. */
public abstract class Identified {
  @PartitionKey private String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
