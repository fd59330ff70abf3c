package io.keyspan.spring;

import io.keyspan.engine.Engine;

/**
 * Wraps the engine the auto-configured {@link io.keyspan.Keyspan} bean runs on (metrics, for one);
 * every bean of this type applies, in {@code @Order}. The application context closes the {@link
 * Engine} bean itself, not the wrappers.
 */
@FunctionalInterface
public interface EngineDecorator {
  Engine decorate(Engine engine);
}
