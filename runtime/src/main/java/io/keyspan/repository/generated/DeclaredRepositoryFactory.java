package io.keyspan.repository.generated;

import io.keyspan.Keyspan;

/**
 * Creates the generated implementation of one {@code @Repository} interface. The processor writes
 * one factory per interface and lists it in {@code META-INF/services}, so that {@link
 * Keyspan#repository(Class)} finds implementations through {@link java.util.ServiceLoader}, without
 * reflection.
 *
 * @param <R> the repository interface
 */
public interface DeclaredRepositoryFactory<R> {
  /** The interface this factory implements. */
  Class<R> type();

  /** A new implementation over the tables of {@code keyspan}. */
  R create(Keyspan keyspan);
}
