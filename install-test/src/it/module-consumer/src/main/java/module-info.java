/** A user's module: it needs only the runtime; the engine is bound as a service at run time. */
module com.example.modular {
  requires io.keyspan.runtime;
  // Generated classes carry javax.annotation.processing.Generated, a compile-time annotation.
  requires static java.compiler;

  // On the module path ServiceLoader reads module-info, not META-INF/services.
  provides io.keyspan.repository.generated.DeclaredRepositoryFactory with com.example.modular.PartQueries_Impl.Factory;
}
