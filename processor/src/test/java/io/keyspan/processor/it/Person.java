package io.keyspan.processor.it;

import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Ignore;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;

/** A JavaBean with an inherited key and an ignored field. */
@Table(name = "People")
public class Person extends Identified {
  @SortKey private int generation;

  @Attribute("FullName")
  private String name;

  private boolean active;
  @Ignore private String cache;

  public Person() {}

  public int getGeneration() {
    return generation;
  }

  public void setGeneration(int generation) {
    this.generation = generation;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getCache() {
    return cache;
  }

  public void setCache(String cache) {
    this.cache = cache;
  }
}
