package io.keyspan.architecture;

import static com.google.common.truth.Truth.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.keyspan.engine.Engine;
import io.keyspan.engine.archfixture.SpiReturningAPage;
import io.keyspan.expression.archfixture.ExpressionCallingAnEngine;
import io.keyspan.memory.archfixture.EngineReadingASchema;
import io.keyspan.processor.archfixture.ProcessorOpeningAServer;
import io.keyspan.repository.Page;
import io.keyspan.repository.archfixture.LibraryCallingGeneratedSupport;
import io.keyspan.repository.generated.DeclaredRead;
import io.keyspan.schema.TableSchema;
import io.keyspan.schema.archfixture.CycleEnd;
import io.keyspan.server.KeyspanServer;
import io.keyspan.value.archfixture.CycleStart;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules}, run over a few classes that break it on purpose, reports
 * the break and names the offending class: a rule that could never fail would prove nothing.
 */
class ArchitectureRulesCanFailTest {
  private static void assertViolatedBy(ArchRule rule, Class<?> offender, Class<?> target) {
    JavaClasses classes = new ClassFileImporter().importClasses(offender, target);
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(offender.getName());
  }

  @Test
  void processorUsingTheServer_isViolation() {
    assertViolatedBy(
        ArchitectureRules.PROCESSOR_NEEDS_NO_ENGINE,
        ProcessorOpeningAServer.class,
        KeyspanServer.class);
  }

  @Test
  void engineUsingTheSchema_isViolation() {
    assertViolatedBy(
        ArchitectureRules.ENGINES_SPEAK_THE_SPI_ONLY,
        EngineReadingASchema.class,
        TableSchema.class);
  }

  @Test
  void spiUsingTheRepositories_isViolation() {
    assertViolatedBy(
        ArchitectureRules.SPI_BELOW_SCHEMA_AND_REPOSITORY, SpiReturningAPage.class, Page.class);
  }

  @Test
  void expressionUsingTheSpi_isViolation() {
    assertViolatedBy(
        ArchitectureRules.EXPRESSIONS_BELOW_SPI, ExpressionCallingAnEngine.class, Engine.class);
  }

  @Test
  void packageCycleInTheRuntime_isViolation() {
    assertViolatedBy(ArchitectureRules.NO_CYCLES_IN_RUNTIME, CycleStart.class, CycleEnd.class);
  }

  @Test
  void libraryUsingGeneratedSupport_isViolation() {
    assertViolatedBy(
        ArchitectureRules.GENERATED_SUPPORT_ONLY_FOR_GENERATED_CODE,
        LibraryCallingGeneratedSupport.class,
        DeclaredRead.class);
  }
}
