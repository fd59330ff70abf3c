package io.keyspan.processor.read;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Says why a property's type cannot be stored and what to do instead: use the {@code java.time}
 * type for a legacy date type, annotate the user's own class with {@code @Document}, or pick a
 * supported type (listed) or a converter. A JDK type is never told to be annotated.
 */
final class UnsupportedTypes {
  /** A {@code java.time} replacement for a legacy date type, and the method that converts to it. */
  private record Replacement(String type, String conversion) {}

  private static final Map<String, Replacement> LEGACY_DATES =
      Map.of(
          "java.util.Date", new Replacement("java.time.Instant", "Date.toInstant()"),
          "java.util.Calendar", new Replacement("java.time.Instant", "Calendar.toInstant()"),
          "java.util.GregorianCalendar",
              new Replacement("java.time.Instant", "Calendar.toInstant()"),
          "java.sql.Timestamp", new Replacement("java.time.Instant", "Timestamp.toInstant()"),
          "java.sql.Date", new Replacement("java.time.LocalDate", "java.sql.Date.toLocalDate()"),
          "java.sql.Time", new Replacement("java.time.LocalTime", "Time.toLocalTime()"));

  private static final Set<String> CONTAINERS =
      Set.of("java.util.List", "java.util.Set", "java.util.Map");

  private final Elements elements;
  private final TypeMapper mapper;

  UnsupportedTypes(Elements elements, TypeMapper mapper) {
    this.elements = elements;
    this.mapper = mapper;
  }

  /**
   * Reports the property, whose (possibly {@code Optional}-unwrapped) type {@code type} has no
   * mapping.
   */
  void report(PropertySource source, TypeElement owner, TypeMirror type, Report report) {
    TypeMirror culprit = culprit(type);
    Optional<TypeElement> element =
        culprit instanceof DeclaredType declared
            ? Optional.of((TypeElement) declared.asElement())
            : Optional.empty();
    Optional<Replacement> replacement =
        element.map(e -> LEGACY_DATES.get(e.getQualifiedName().toString()));
    if (replacement.isPresent()) {
      report.error(
          source.element(),
          Message.LEGACY_DATE_TYPE,
          source.name(),
          owner.getSimpleName(),
          type,
          culprit,
          replacement.get().type(),
          replacement.get().conversion());
    } else if (element.isPresent() && canBeDocument(element.get(), (DeclaredType) culprit)) {
      report.error(
          source.element(),
          Message.NOT_A_DOCUMENT,
          source.name(),
          owner.getSimpleName(),
          type,
          culprit,
          culprit);
    } else {
      report.error(
          source.element(),
          Message.UNSUPPORTED_TYPE,
          source.name(),
          owner.getSimpleName(),
          type,
          TypeMapper.supportedTypes());
    }
  }

  /**
   * The innermost element type that has no mapping ({@code Date} in {@code List<Date>}), else the
   * type.
   */
  private TypeMirror culprit(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && !declared.getTypeArguments().isEmpty()
        && CONTAINERS.contains(
            ((TypeElement) declared.asElement()).getQualifiedName().toString())) {
      // The element of a List or Set, the value of a Map.
      TypeMirror element = declared.getTypeArguments().get(declared.getTypeArguments().size() - 1);
      if (element instanceof DeclaredType && mapper.map(element).isEmpty()) {
        return culprit(element);
      }
    }
    return type;
  }

  /**
   * A class or record of the application: one in a named module (the JDK's) is not the user's to
   * annotate.
   */
  private boolean canBeDocument(TypeElement element, DeclaredType type) {
    ModuleElement module = elements.getModuleOf(element);
    String name = element.getQualifiedName().toString();
    return (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD)
        && type.getTypeArguments().isEmpty()
        && (module == null || module.isUnnamed())
        && !name.startsWith("java.")
        && !name.startsWith("javax.");
  }
}
