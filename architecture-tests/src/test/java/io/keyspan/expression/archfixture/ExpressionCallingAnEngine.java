package io.keyspan.expression.archfixture;

import io.keyspan.engine.Engine;

/**
 * Breaks a rule on purpose (ArchitectureRulesCanFailTest): an expression class that needs the SPI.
 */
public final class ExpressionCallingAnEngine {
  Engine engine;
}
