/** The embedded in-memory engine, served for the {@code memory:} scheme. */
module io.keyspan.runtime.memory {
  requires transitive io.keyspan.runtime;
  requires static com.google.auto.service;

  exports io.keyspan.memory;

  provides io.keyspan.engine.EngineProvider with io.keyspan.memory.MemoryEngineProvider;
}
