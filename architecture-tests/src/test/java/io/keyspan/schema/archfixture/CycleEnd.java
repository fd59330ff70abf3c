package io.keyspan.schema.archfixture;

import io.keyspan.value.archfixture.CycleStart;

/** Breaks a rule on purpose (ArchitectureRulesCanFailTest): the other half of a package cycle. */
public final class CycleEnd {
  CycleStart start;
}
