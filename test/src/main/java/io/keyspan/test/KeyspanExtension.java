package io.keyspan.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link KeyspanTest}: keeps one {@link LocalEnvironment} per test
 * method (or per annotated class) in JUnit's store, which closes it when that scope ends, and hands
 * its parts to parameters and fields. All state lives in the store, none in static fields, so
 * parallel test execution is safe.
 */
public final class KeyspanExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KeyspanExtension.class);

  /** JUnit creates the extension, through {@code @KeyspanTest}. */
  public KeyspanExtension() {}

  /**
   * Constructor parameters are resolved in the test method's context, so a per-method test instance
   * gets that method's engine.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return LocalEnvironment.supports(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return environment(context).get(parameter.getParameter().getType());
  }

  /** Fills the supported fields of every test instance (outer ones too, for nested classes). */
  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    LocalEnvironment environment = environment(context);
    Set<Object> injected = injectedValues(context);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers)
              || Modifier.isFinal(modifiers)
              || !LocalEnvironment.supports(field.getType())) {
            continue;
          }
          field.setAccessible(true);
          Object current = field.get(instance);
          if (current == null || injected.contains(current)) {
            Object value = environment.get(field.getType());
            field.set(instance, value);
            injected.add(value);
          }
        }
      }
    }
  }

  private static LocalEnvironment environment(ExtensionContext context) {
    Settings settings = Settings.of(context);
    ExtensionContext owner =
        settings.scope() == KeyspanTest.Scope.METHOD
            ? context.getTestMethod().isPresent() ? context : methodScopeOutsideAMethod(settings)
            : classContext(context, settings.annotated());
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            LocalEnvironment.class,
            key -> new LocalEnvironment(settings.seed()).createTables(settings.tables()),
            LocalEnvironment.class);
  }

  private static ExtensionContext methodScopeOutsideAMethod(Settings settings) {
    throw new ExtensionConfigurationException(
        "@KeyspanTest on "
            + settings.annotated().getName()
            + " gives each test method its own engine, but a value was asked for outside a test method (in a constructor "
            + "of a @TestInstance(PER_CLASS) class, or a @BeforeAll method). Use scope = Scope.CLASS to share one engine.");
  }

  /** The context of the annotated class (an enclosing one, for a nested class). */
  private static ExtensionContext classContext(ExtensionContext context, Class<?> annotated) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      if (c.getTestMethod().isEmpty() && c.getTestClass().orElse(null) == annotated) {
        return c;
      }
    }
    throw new ExtensionConfigurationException("No test class context for " + annotated.getName());
  }

  /**
   * What the extension put into fields of this class's instances, to refresh it for the next
   * method.
   */
  @SuppressWarnings("unchecked")
  private static Set<Object> injectedValues(ExtensionContext context) {
    ExtensionContext classLevel = context.getParent().orElse(context);
    return classLevel
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "injected",
            key -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())),
            Set.class);
  }

  /** The annotation's settings; the defaults when the extension is registered without it. */
  private record Settings(
      Class<?> annotated, KeyspanTest.Scope scope, Class<?>[] tables, long seed) {
    static Settings of(ExtensionContext context) {
      Class<?> testClass = context.getRequiredTestClass();
      for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
        Optional<KeyspanTest> found = annotation(type);
        if (found.isPresent()) {
          return new Settings(type, found.get().scope(), found.get().tables(), found.get().seed());
        }
      }
      return new Settings(testClass, KeyspanTest.Scope.METHOD, new Class<?>[0], 0);
    }

    private static Optional<KeyspanTest> annotation(Class<?> type) {
      return AnnotationSupport.findAnnotation(type, KeyspanTest.class);
    }
  }
}
