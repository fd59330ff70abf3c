package io.keyspan.repository.generated;

import io.keyspan.Keyspan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the generated implementation of a {@code @Repository} interface through {@link
 * ServiceLoader} ({@link DeclaredRepositoryFactory}), not reflection. An entry that cannot be
 * loaded (a {@code META-INF/services} line whose class was deleted, as an incremental build can
 * leave behind) does not hide the other factories; it is named only when the asked-for interface
 * has no factory that loads.
 */
public final class DeclaredRepositories {
  private DeclaredRepositories() {}

  /** Whether a generated implementation of {@code type} is listed and loads. */
  public static boolean exists(Class<?> type) {
    return find(type, type.getClassLoader()).factory() != null;
  }

  /**
   * A new generated implementation of {@code type} over the tables of {@code keyspan}.
   *
   * @throws IllegalArgumentException when no loadable factory implements {@code type}; the message
   *     names every listed factory that could not be loaded
   */
  public static <R> R create(Class<R> type, Keyspan keyspan) {
    return create(type, keyspan, type.getClassLoader());
  }

  /** {@link #create(Class, Keyspan)} with the factories {@code loader} lists. */
  static <R> R create(Class<R> type, Keyspan keyspan, ClassLoader loader) {
    Found found = find(type, loader);
    if (found.factory() != null) {
      return type.cast(found.factory().create(keyspan));
    }
    throw new IllegalArgumentException(
        "No generated implementation of "
            + type.getName()
            + ": annotate the interface with @Repository and compile it with keyspan-processor on the annotation"
            + " processor path."
            + (found.unloadable().isEmpty()
                ? ""
                : " Listed factories that could not be loaded (stale entries of "
                    + "META-INF/services/"
                    + DeclaredRepositoryFactory.class.getName()
                    + "? rebuild cleanly): "
                    + String.join("; ", found.unloadable())));
  }

  private record Found(DeclaredRepositoryFactory<?> factory, List<String> unloadable) {}

  private static Found find(Class<?> type, ClassLoader loader) {
    List<String> unloadable = new ArrayList<>();
    @SuppressWarnings("rawtypes")
    Iterator<DeclaredRepositoryFactory> factories =
        ServiceLoader.load(DeclaredRepositoryFactory.class, loader).iterator();
    while (factories.hasNext()) {
      DeclaredRepositoryFactory<?> factory;
      try {
        factory = factories.next();
      } catch (ServiceConfigurationError e) {
        // ServiceLoader moves past the broken entry, so the lookup goes on with the next one.
        unloadable.add(e.getMessage());
        continue;
      }
      if (factory.type() == type) {
        return new Found(factory, unloadable);
      }
    }
    return new Found(null, unloadable);
  }
}
