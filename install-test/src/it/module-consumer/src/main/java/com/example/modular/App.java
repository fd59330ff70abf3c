package com.example.modular;

import io.keyspan.Keyspan;

/** Generated schema, repository and declared repository, all running inside a named module. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    try (Keyspan db = Keyspan.inMemory()) {
      PartRepository parts = new PartRepository(db);
      parts.createTable();
      parts.put(new Part("B-2", "Bolt"));
      PartQueries queries = db.repository(PartQueries.class);
      System.out.println("Keyspan module consumer read " + queries.findBySku("B-2") + " in module "
          + App.class.getModule().getName() + " with " + Keyspan.class.getModule().getName()
          + " and engine module " + db.engine().getClass().getModule().getName());
    }
  }
}
