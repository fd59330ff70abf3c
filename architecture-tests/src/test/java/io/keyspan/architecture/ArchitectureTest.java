package io.keyspan.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The design's dependency rules over the main classes of every library module. */
@AnalyzeClasses(packages = "io.keyspan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule processorNeedsNoEngine = ArchitectureRules.PROCESSOR_NEEDS_NO_ENGINE;

  @ArchTest
  static final ArchRule enginesSpeakTheSpiOnly = ArchitectureRules.ENGINES_SPEAK_THE_SPI_ONLY;

  @ArchTest
  static final ArchRule spiBelowSchemaAndRepository = ArchitectureRules.SPI_BELOW_SCHEMA_AND_REPOSITORY;

  @ArchTest
  static final ArchRule expressionsBelowSpi = ArchitectureRules.EXPRESSIONS_BELOW_SPI;

  @ArchTest
  static final ArchRule noCyclesInRuntime = ArchitectureRules.NO_CYCLES_IN_RUNTIME;

  @ArchTest
  static final ArchRule generatedSupportOnlyForGeneratedCode = ArchitectureRules.GENERATED_SUPPORT_ONLY_FOR_GENERATED_CODE;
}
