package io.keyspan.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.keyspan.Keyspan;
import io.keyspan.exception.ValidationException;
import io.keyspan.repository.DeclaredCall;
import io.keyspan.repository.DeclaredRepository;
import io.keyspan.repository.DeclaredSingleTableRepository;
import io.keyspan.value.InvalidValueException;

/**
 * The dependency rules of Keyspan's design, as code: a class that breaks one fails the build with
 * the offending dependency named. {@link ArchitectureTest} checks them against the library's main
 * classes; {@link ArchitectureRulesCanFailTest} shows that each one catches a deliberate break.
 */
final class ArchitectureRules {
  static final String PROCESSOR = "io.keyspan.processor..";
  static final String MEMORY_ENGINE = "io.keyspan.memory..";
  static final String DYNAMODB_ENGINE = "io.keyspan.dynamodb..";
  static final String SERVER = "io.keyspan.server..";
  static final String ENGINE_SPI = "io.keyspan.engine..";
  static final String SCHEMA = "io.keyspan.schema..";
  static final String REPOSITORY = "io.keyspan.repository..";
  static final String EXPRESSION = "io.keyspan.expression..";
  static final String GENERATED_SUPPORT = "io.keyspan.repository.generated..";

  /** The packages of the module keyspan-runtime below its handle. */
  static final PackageMatchers RUNTIME =
      PackageMatchers.of(
          "io.keyspan.engine..",
          "io.keyspan.exception..",
          "io.keyspan.expression..",
          "io.keyspan.repository..",
          "io.keyspan.schema..",
          "io.keyspan.value..");

  private ArchitectureRules() {}

  /** The processor works at compile time and must never need an engine or the server. */
  @ArchTest
  static final ArchRule PROCESSOR_NEEDS_NO_ENGINE =
      noClasses()
          .that()
          .resideInAPackage(PROCESSOR)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(MEMORY_ENGINE, DYNAMODB_ENGINE, SERVER)
          .because("the processor never needs an engine");

  /** Engines speak the SPI only: no processor, no mapping schema, no repositories. */
  @ArchTest
  static final ArchRule ENGINES_SPEAK_THE_SPI_ONLY =
      noClasses()
          .that()
          .resideInAnyPackage(MEMORY_ENGINE, DYNAMODB_ENGINE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PROCESSOR, SCHEMA, REPOSITORY)
          .because(
              "an engine runs the requests of the engine SPI; mapping and repositories sit above it");

  /** The SPI is what engines implement; it must not pull the mapping layers into every engine. */
  @ArchTest
  static final ArchRule SPI_BELOW_SCHEMA_AND_REPOSITORY =
      noClasses()
          .that()
          .resideInAPackage(ENGINE_SPI)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(SCHEMA, REPOSITORY)
          .because("the engine SPI sits below the schema and the repositories");

  /** Expressions are the SPI's vocabulary, so they cannot know the SPI. */
  @ArchTest
  static final ArchRule EXPRESSIONS_BELOW_SPI =
      noClasses()
          .that()
          .resideInAPackage(EXPRESSION)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ENGINE_SPI)
          .because("the engine SPI carries expression trees, so expressions sit below it");

  /**
   * No cycles between the runtime's packages. The handle {@code io.keyspan.Keyspan}, alone in the
   * root package, is left out: it hands out repositories and every repository takes it, by design.
   *
   * <p>One frozen exception: {@code value.InvalidValueException} extends {@code
   * exception.ValidationException} while exceptions carry items of {@code value.AttributeValue}.
   * Moving the public exception type into {@code io.keyspan.exception} would break users' imports,
   * so it waits for a deliberate API change; no other dependency may close a cycle.
   */
  @ArchTest
  static final ArchRule NO_CYCLES_IN_RUNTIME =
      slices()
          .assignedFrom(
              new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                  return RUNTIME.test(javaClass.getPackageName())
                      ? SliceIdentifier.of(javaClass.getPackageName())
                      : SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                  return "the runtime's packages";
                }
              })
          .should()
          .beFreeOfCycles()
          .ignoreDependency(InvalidValueException.class, ValidationException.class);

  /**
   * What only generated code calls stays out of the library. Apart from the package itself, only
   * the declared-repository classes that generated implementations extend (they stay beside the
   * package-private paging they share with query and scan) and the lookup of generated factories
   * (the handle and the test kit call it) may use it, and the processor's {@code TypeNames}, which
   * names these classes in the code it writes.
   */
  @ArchTest
  static final ArchRule GENERATED_SUPPORT_ONLY_FOR_GENERATED_CODE =
      classes()
          .that()
          .resideInAPackage(GENERATED_SUPPORT)
          .should()
          .onlyHaveDependentClassesThat(
              resideInAPackage(GENERATED_SUPPORT)
                  .or(
                      belongToAnyOf(
                          Keyspan.class,
                          DeclaredRepository.class,
                          DeclaredSingleTableRepository.class,
                          DeclaredCall.class))
                  .or(simpleName("LocalEnvironment").and(resideInAPackage("io.keyspan.test")))
                  .or(simpleName("TypeNames").and(resideInAPackage("io.keyspan.processor.base"))))
          .because("generated code is the only user of io.keyspan.repository.generated");
}
