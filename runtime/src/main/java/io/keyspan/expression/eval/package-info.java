/**
 * Evaluation of bound expression trees against items, with DynamoDB's semantics (the DynamoDB rules
 * Developer Guide: Expressions.*, WorkingWithItems):
 *
 * <ul>
 *   <li>{@link io.keyspan.expression.eval.PathReader} reads a document path;
 *   <li>{@link io.keyspan.expression.eval.ConditionEvaluator} tests a condition, filter or key
 *       condition;
 *   <li>{@link io.keyspan.expression.eval.Projector} applies a projection;
 *   <li>{@link io.keyspan.expression.eval.UpdateEvaluator} applies an update, giving an {@link
 *       io.keyspan.expression.eval.UpdateResult} with the new item and the UPDATED_OLD and
 *       UPDATED_NEW attributes.
 * </ul>
 *
 * <p>Trees come bound (values are {@link io.keyspan.expression.Literal}s) and checked by {@link
 * io.keyspan.expression.parser.StaticChecks}, which raises every error DynamoDB finds before
 * reading the item. What remains here depends on the item: conditions never fail, they are false;
 * updates raise {@link io.keyspan.exception.ValidationException}s with DynamoDB's messages. Items
 * are never modified; results are unmodifiable and share unchanged values.
 */
package io.keyspan.expression.eval;
