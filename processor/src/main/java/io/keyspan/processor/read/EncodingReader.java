package io.keyspan.processor.read;

import static io.keyspan.processor.base.TypeNames.CONVERTERS;
import static io.keyspan.processor.base.TypeNames.ENCODINGS;

import io.keyspan.annotations.Convert;
import io.keyspan.annotations.Encoding;
import io.keyspan.annotations.StoredAs;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.model.ValueKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Reads {@code @StoredAs} on a type and its properties, and turns a property's mapping into the
 * chosen stored forms: the converters are picked here, at compile time. A property's choice
 * overrides its type's; a type's choice applies wherever it fits and is silent elsewhere, while a
 * property's choice must fit the property.
 */
final class EncodingReader {
  private static final String STORED_AS = StoredAs.class.getCanonicalName();

  /** What an encoding stores: one family per Java type (or document trait) it applies to. */
  enum Family {
    INSTANT("java.time.Instant"),
    BOOLEAN("boolean"),
    NULL_FIELDS("the null fields of a @Document");

    private final String description;

    Family(String description) {
      this.description = description;
    }

    /** Exhaustive: a new encoding does not compile until it names its family. */
    static Family of(Encoding encoding) {
      return switch (encoding) {
        case INSTANT_FIXED_WIDTH, INSTANT_TO_STRING, INSTANT_MILLIS -> INSTANT;
        case BOOLEAN_BOOL, BOOLEAN_NUMBER -> BOOLEAN;
        case NULL_FIELDS_ABSENT, NULL_FIELDS_NULL -> NULL_FIELDS;
      };
    }
  }

  /** The encodings chosen at one place, at most one per family. */
  record Choices(Map<Family, Encoding> byFamily) {
    static final Choices NONE = new Choices(Map.of());

    Choices {
      byFamily = Map.copyOf(byFamily);
    }

    /** These choices, with {@code overrides} replacing them family by family. */
    Choices overriddenBy(Choices overrides) {
      Map<Family, Encoding> merged = new EnumMap<>(Family.class);
      merged.putAll(byFamily);
      merged.putAll(overrides.byFamily);
      return new Choices(merged);
    }
  }

  private final Mirrors mirrors;

  EncodingReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The defaults a {@code @Table} or {@code @Document} type sets for its properties. */
  Choices defaults(Element type, Report report) {
    return Mirrors.find(type, STORED_AS)
        .map(mirror -> choices(type, mirror, report))
        .orElse(Choices.NONE);
  }

  /**
   * The property's mapping with its encodings applied; empty when {@code @StoredAs} on the property
   * breaks a rule (reported on the property).
   */
  Optional<TypeMapping> apply(
      PropertySource source,
      TypeMapping mapping,
      Choices defaults,
      boolean timeToLive,
      Report report) {
    Optional<AnnotationMirror> annotation = source.annotation(STORED_AS);
    if (annotation.isEmpty()) {
      return Optional.of(rewrite(mapping, defaults));
    }
    AnnotationMirror mirror = annotation.get();
    if (source.has(Convert.class.getCanonicalName())) {
      report.error(source.element(), mirror, Message.ENCODING_WITH_CONVERTER, source.name());
      return Optional.empty();
    }
    Choices own = choices(source.element(), mirror, report);
    boolean fits = true;
    for (AnnotationValue value : mirrors.array(mirror, "value")) {
      Encoding encoding = encoding(value);
      Family family = Family.of(encoding);
      if (timeToLive && family == Family.INSTANT) {
        report.error(
            source.element(), mirror, value, Message.ENCODING_TTL, source.name(), encoding);
        fits = false;
      } else if (!holds(mapping, family)) {
        report.error(
            source.element(),
            mirror,
            value,
            Message.ENCODING_TYPE,
            encoding,
            family.description,
            source.name(),
            source.type());
        fits = false;
      }
    }
    return fits ? Optional.of(rewrite(mapping, defaults.overriddenBy(own))) : Optional.empty();
  }

  private Choices choices(Element element, AnnotationMirror mirror, Report report) {
    Map<Family, Encoding> chosen = new EnumMap<>(Family.class);
    for (AnnotationValue value : mirrors.array(mirror, "value")) {
      Encoding encoding = encoding(value);
      Family family = Family.of(encoding);
      Encoding first = chosen.putIfAbsent(family, encoding);
      if (first != null && first != encoding) {
        report.error(
            element,
            mirror,
            value,
            Message.ENCODING_CONFLICT,
            element.getSimpleName(),
            first,
            encoding,
            family.description);
      }
    }
    return new Choices(chosen);
  }

  private static Encoding encoding(AnnotationValue value) {
    return Encoding.valueOf(((VariableElement) value.getValue()).getSimpleName().toString());
  }

  /** Whether a value of the mapping, or of its elements, is of the family. */
  private static boolean holds(TypeMapping mapping, Family family) {
    if (mapping instanceof TypeMapping.ListOf list) {
      return holds(list.element(), family);
    }
    if (mapping instanceof TypeMapping.SetOf set) {
      return holds(set.member(), family);
    }
    if (mapping instanceof TypeMapping.MapOf map) {
      return holds(map.value(), family);
    }
    if (mapping instanceof TypeMapping.Document) {
      return family == Family.NULL_FIELDS;
    }
    return mapping instanceof TypeMapping.BuiltIn builtIn
        && builtInFamily(builtIn).equals(Optional.of(family));
  }

  private static Optional<Family> builtInFamily(TypeMapping.BuiltIn builtIn) {
    if (!builtIn.owner().equals(CONVERTERS)) {
      return Optional.empty();
    }
    switch (builtIn.converterConstant()) {
      case "INSTANT":
        return Optional.of(Family.INSTANT);
      case "BOOLEAN":
        return Optional.of(Family.BOOLEAN);
      default:
        return Optional.empty();
    }
  }

  private static TypeMapping rewrite(TypeMapping mapping, Choices choices) {
    if (choices.byFamily().isEmpty()) {
      return mapping;
    }
    if (mapping instanceof TypeMapping.ListOf list) {
      return new TypeMapping.ListOf(list.javaType(), rewrite(list.element(), choices));
    }
    if (mapping instanceof TypeMapping.SetOf set) {
      return new TypeMapping.SetOf(set.javaType(), rewrite(set.member(), choices));
    }
    if (mapping instanceof TypeMapping.MapOf map) {
      return new TypeMapping.MapOf(map.javaType(), rewrite(map.value(), choices));
    }
    if (mapping instanceof TypeMapping.Document document) {
      Encoding nulls = choices.byFamily().get(Family.NULL_FIELDS);
      return nulls == null
          ? document
          : new TypeMapping.Document(
              document.javaType(), document.schema(), nulls == Encoding.NULL_FIELDS_NULL);
    }
    if (mapping instanceof TypeMapping.BuiltIn builtIn) {
      Optional<Family> family = builtInFamily(builtIn);
      Encoding encoding = family.map(choices.byFamily()::get).orElse(null);
      if (encoding == Encoding.INSTANT_TO_STRING || encoding == Encoding.INSTANT_MILLIS) {
        return new TypeMapping.BuiltIn(
            builtIn.javaType(), ValueKind.STRING, ENCODINGS, encoding.name());
      }
      if (encoding == Encoding.BOOLEAN_NUMBER) {
        return new TypeMapping.BuiltIn(
            builtIn.javaType(), ValueKind.NUMBER, ENCODINGS, encoding.name());
      }
    }
    return mapping;
  }
}
