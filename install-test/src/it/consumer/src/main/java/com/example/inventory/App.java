package com.example.inventory;

import io.keyspan.Keyspan;

/** A user's first program: ProductRepository and ProductSchema exist only if the processor ran. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    try (Keyspan db = Keyspan.inMemory()) {
      ProductRepository products = new ProductRepository(db);
      products.createTable();
      products.put(new Product("A-1", "Anvil", 3));
      products.update("A-1").set(ProductSchema.STOCK, 5).execute();
      Product anvil = products.get("A-1").orElseThrow();
      if (anvil.stock() != 5) {
        throw new IllegalStateException("expected a stock of 5, read " + anvil);
      }
      System.out.println("Keyspan consumer read " + anvil + " on Java " + Runtime.version().feature());
    }
  }
}
