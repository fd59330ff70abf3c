package io.keyspan.processor.write;

import java.util.Optional;
import javax.lang.model.util.Elements;

/** Which JSR-330 package generated classes annotate themselves with. */
final class InjectPackage {
  private InjectPackage() {}

  /**
   * {@code jakarta.inject} when the compilation can see it, else {@code javax.inject}, else none
   * (the generated class then has no injection annotations).
   */
  static Optional<String> visibleIn(Elements elements) {
    if (elements.getTypeElement("jakarta.inject.Inject") != null) {
      return Optional.of("jakarta.inject");
    }
    if (elements.getTypeElement("javax.inject.Inject") != null) {
      return Optional.of("javax.inject");
    }
    return Optional.empty();
  }
}
