package io.keyspan.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The design's dependency rules ({@link ArchitectureRules}) over the main classes of every library
 * module.
 */
@AnalyzeClasses(packages = "io.keyspan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
}
