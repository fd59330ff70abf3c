/**
 * Keyspan's runtime: the handle, values, expressions, schemas, repositories and the engine SPI.
 *
 * <p>Exported to everyone: the user API, the engine SPI ({@code engine}, {@code engine.table},
 * {@code exception}) and {@code repository.generated}, which the code Keyspan's processor writes
 * into the user's own module calls; a qualified export could not name a user's module. The
 * expression evaluator and parser are the engines' and the processor's business only.
 */
// "module": the qualified exports name modules built after this one, absent when it compiles.
@SuppressWarnings("module")
module io.keyspan.runtime {
  requires transitive io.keyspan.annotations;
  // Only JsonNodeConverter speaks JSON; applications that map JsonNode bring Jackson themselves.
  requires static com.fasterxml.jackson.databind;

  exports io.keyspan;
  exports io.keyspan.engine;
  exports io.keyspan.engine.stream;
  exports io.keyspan.engine.table;
  exports io.keyspan.exception;
  exports io.keyspan.expression;
  exports io.keyspan.repository;
  exports io.keyspan.repository.changes;
  exports io.keyspan.repository.generated;
  exports io.keyspan.schema;
  exports io.keyspan.value;
  exports io.keyspan.expression.eval to
      io.keyspan.runtime.memory,
      io.keyspan.server;
  exports io.keyspan.engine.partiql to
      io.keyspan.server;
  exports io.keyspan.expression.parser to
      io.keyspan.processor,
      io.keyspan.runtime.memory,
      io.keyspan.server;

  uses io.keyspan.engine.EngineProvider;
  uses io.keyspan.repository.generated.DeclaredRepositoryFactory;
}
