package io.keyspan.value.archfixture;

import io.keyspan.schema.archfixture.CycleEnd;

/** Breaks a rule on purpose (ArchitectureRulesCanFailTest): one half of a package cycle. */
public final class CycleStart {
  CycleEnd end;
}
