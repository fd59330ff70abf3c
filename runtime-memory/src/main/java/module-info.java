/** The embedded in-memory engine, served for the {@code memory:} scheme. */
// AutoService's annotations are an automatic module; needed at compile time only.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.keyspan.runtime.memory {
  requires transitive io.keyspan.runtime;
  requires static com.google.auto.service;

  exports io.keyspan.memory;

  provides io.keyspan.engine.EngineProvider with
      io.keyspan.memory.MemoryEngineProvider;
}
