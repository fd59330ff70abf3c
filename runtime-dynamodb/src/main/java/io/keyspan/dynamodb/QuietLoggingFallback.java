package io.keyspan.dynamodb;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.Reporter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The AWS SDK logs through SLF4J. In an application that chose no logging there is no SLF4J
 * provider, and SLF4J then discards every message, as it should, but first prints a warning to
 * stderr: every program using this engine would print it without having logged anything. So, only
 * when nothing about SLF4J is configured (no provider and no SLF4J 1.7 binding on the class path,
 * neither {@code slf4j.provider} nor {@code slf4j.internal.verbosity} set), SLF4J's own reports are
 * limited to errors. With a provider on the class path nothing changes: the application's logging
 * set-up decides.
 */
final class QuietLoggingFallback {
  /** Where SLF4J 1.7 bindings (logback 1.2, slf4j-log4j12, ...) live; SLF4J 2 reports them. */
  private static final String LEGACY_BINDING = "org/slf4j/impl/StaticLoggerBinder.class";

  private QuietLoggingFallback() {}

  /** Call before the SDK first logs, that is before building a client. */
  static synchronized void applyWhenUnconfigured() {
    if (System.getProperty(Reporter.SLF4J_INTERNAL_VERBOSITY_KEY) == null
        && System.getProperty(LoggerFactory.PROVIDER_PROPERTY_KEY) == null
        && !loggingOnClassPath()) {
      System.setProperty(Reporter.SLF4J_INTERNAL_VERBOSITY_KEY, "ERROR");
    }
  }

  private static boolean loggingOnClassPath() {
    // The class loader SLF4J itself searches; LoggerFactory.class does not initialise SLF4J.
    ClassLoader loader = LoggerFactory.class.getClassLoader();
    try {
      return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent()
          || loader.getResource(LEGACY_BINDING) != null;
    } catch (ServiceConfigurationError | LinkageError e) {
      // A broken provider, or an SLF4J older than 2 forced by the application: leave SLF4J to
      // report it.
      return true;
    }
  }
}
