package io.keyspan.engine.archfixture;

import io.keyspan.repository.Page;

/**
 * Breaks a rule on purpose (ArchitectureRulesCanFailTest): an SPI class that needs the
 * repositories.
 */
public final class SpiReturningAPage {
  Page<?> page;
}
