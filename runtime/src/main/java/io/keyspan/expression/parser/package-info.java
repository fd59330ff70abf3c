/**
 * The one parser of DynamoDB's expression language, with DynamoDB's validation and messages.
 *
 * <p>Public: {@link io.keyspan.expression.parser.ExpressionParser} (request mode and schema-aware
 * mode), {@link io.keyspan.expression.parser.ParseResult} and {@link
 * io.keyspan.expression.parser.ExpressionError} (errors as data, for the annotation processor),
 * {@link io.keyspan.expression.parser.Binder} (placeholders to literals), {@link
 * io.keyspan.expression.parser.StaticChecks} (the pre-read rules, for trees from any source) and
 * {@link io.keyspan.expression.parser.ReservedWords}.
 *
 * <p>Inside, text flows through stages that each do one job: {@code Lexer} (tokens) → {@code
 * Grammar} (recursive descent to {@code Syntax} nodes; the first bad token is a syntax error,
 * reported alone) → {@code Resolver} (names, values, reserved words, function rules, into the AST
 * of {@code io.keyspan.expression}) → {@code KeyConditionShape}, {@code PathClashes} and {@code
 * StaticChecks}. Errors are collected in {@code Problems}, ranked as DynamoDB ranks them, with
 * their texts from the one catalog, {@code Messages}.
 */
package io.keyspan.expression.parser;
