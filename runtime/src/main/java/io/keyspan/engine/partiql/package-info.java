/**
 * PartiQL for DynamoDB on any engine
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html): statements
 * parsed into expression trees (the runtime's PartiQL parser) and run through the SPI's own
 * operations, so every engine serves them.
 */
package io.keyspan.engine.partiql;
