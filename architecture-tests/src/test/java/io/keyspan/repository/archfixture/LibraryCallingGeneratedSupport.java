package io.keyspan.repository.archfixture;

import io.keyspan.repository.generated.DeclaredRead;

/**
 * Breaks a rule on purpose (ArchitectureRulesCanFailTest): library code that uses generated-code
 * support.
 */
public final class LibraryCallingGeneratedSupport {
  DeclaredRead read;
}
