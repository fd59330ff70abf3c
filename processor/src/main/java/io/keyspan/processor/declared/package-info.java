/**
 * Declared repositories: interfaces annotated {@code @Repository(T.class)} whose methods carry
 * DynamoDB expression text or follow derived names, checked against the table at compile time and
 * implemented by generated code.
 *
 * <p>The stages, one class each: {@link io.keyspan.processor.declared.DeclaredRepositoryStep}
 * wires them; {@code AnnotatedReader} parses annotation text with the runtime's parser and {@code
 * MethodNameParser}/{@code DerivedReader} turn derived names into the same trees ({@code Parsed});
 * {@code MethodVerifier} checks them against the entity model and yields a {@code MethodPlan};
 * {@code ImplementationWriter} (with {@code TreeCode}) writes {@code R_Impl} and its ServiceLoader
 * factory, and {@code AccessPatterns} the per-table report. Every error is from {@code
 * DeclaredMessage}, at the most precise element. The entity model of {@code @Table} types is
 * reused read-only from {@code io.keyspan.processor.model} and {@code read}.
 */
package io.keyspan.processor.declared;
