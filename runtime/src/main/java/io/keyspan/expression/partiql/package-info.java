/**
 * The PartiQL for DynamoDB parser
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html): statements
 * become the expression trees of {@link io.keyspan.expression}.
 */
package io.keyspan.expression.partiql;
