package io.keyspan.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.keyspan.annotations.Document;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.model.ValueKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Decides how a Java type is stored. Returns empty for a type Keyspan cannot map; the caller
 * reports it on the property, so this class needs no element.
 */
final class TypeMapper {
  /** The built-in types by qualified name: kind and {@code Converters} constant. */
  private static final Map<String, TypeMapping.BuiltIn> BUILT_INS = builtIns();

  private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

  private final Types types;

  TypeMapper(Types types) {
    this.types = types;
  }

  Optional<TypeMapping> map(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return builtIn(
          types
              .boxedClass((javax.lang.model.type.PrimitiveType) type)
              .getQualifiedName()
              .toString());
    }
    if (type instanceof ArrayType array) {
      return array.getComponentType().getKind() == TypeKind.BYTE
          ? builtIn("byte[]")
          : Optional.empty();
    }
    if (!(type instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (BUILT_INS.containsKey(name)) {
      return builtIn(name);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(new TypeMapping.EnumType(ClassName.get(element)));
    }
    if (element.getAnnotation(Document.class) != null && arguments.isEmpty()) {
      ClassName document = ClassName.get(element);
      return Optional.of(new TypeMapping.Document(document, Entity.schemaNameOf(document), false));
    }
    if (arguments.isEmpty()
        || arguments.stream()
            .anyMatch(a -> a.getKind() != TypeKind.DECLARED && a.getKind() != TypeKind.ARRAY)) {
      return Optional
          .empty(); // raw collections, wildcards and type variables have no element mapping
    }
    switch (name) {
      case "java.util.List":
        return map(arguments.get(0)).map(e -> new TypeMapping.ListOf(TypeName.get(type), e));
      case "java.util.Set":
        return map(arguments.get(0))
            .filter(member -> member.kind().isKeyType())
            .filter(
                member ->
                    !(member instanceof TypeMapping.BuiltIn b
                        && b.converterConstant().equals("BYTE_ARRAY")))
            .map(member -> new TypeMapping.SetOf(TypeName.get(type), member));
      case "java.util.Map":
        if (!isString(arguments.get(0))) {
          return Optional.empty();
        }
        return map(arguments.get(1)).map(v -> new TypeMapping.MapOf(TypeName.get(type), v));
      default:
        return Optional.empty();
    }
  }

  /**
   * The types Keyspan stores, for messages: the built-ins by simple name, then the generic shapes.
   */
  static String supportedTypes() {
    return BUILT_INS.keySet().stream()
            .map(TypeMapper::shortName)
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .collect(Collectors.joining(", "))
        + ", enums, @Document classes, and Optional<T>, List<T>, Map<String, T> of these, Set<T> of strings, numbers or binaries";
  }

  /**
   * {@code int} for {@code java.lang.Integer} (either is stored), {@code Instant} for {@code
   * java.time.Instant}.
   */
  private static String shortName(String qualifiedName) {
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    if (!qualifiedName.startsWith("java.lang.") || simple.equals("String")) {
      return simple;
    }
    return switch (simple) {
      case "Integer" -> "int";
      case "Character" -> "char";
      default -> simple.toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The type inside {@code Optional<...>}, if the type is one. */
  static Optional<TypeMirror> optionalContent(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement())
            .getQualifiedName()
            .contentEquals("java.util.Optional")
        && declared.getTypeArguments().size() == 1) {
      return Optional.of(declared.getTypeArguments().get(0));
    }
    return Optional.empty();
  }

  private static boolean isString(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement())
            .getQualifiedName()
            .contentEquals("java.lang.String");
  }

  private static Optional<TypeMapping> builtIn(String name) {
    return Optional.ofNullable(BUILT_INS.get(name));
  }

  private static Map<String, TypeMapping.BuiltIn> builtIns() {
    Map<String, TypeMapping.BuiltIn> map = new java.util.HashMap<>();
    put(map, "java.lang.String", ValueKind.STRING, "STRING");
    put(map, "java.lang.Character", ValueKind.STRING, "CHARACTER");
    put(map, "java.lang.Boolean", ValueKind.BOOLEAN, "BOOLEAN");
    put(map, "java.lang.Byte", ValueKind.NUMBER, "BYTE");
    put(map, "java.lang.Short", ValueKind.NUMBER, "SHORT");
    put(map, "java.lang.Integer", ValueKind.NUMBER, "INTEGER");
    put(map, "java.lang.Long", ValueKind.NUMBER, "LONG");
    put(map, "java.lang.Float", ValueKind.NUMBER, "FLOAT");
    put(map, "java.lang.Double", ValueKind.NUMBER, "DOUBLE");
    put(map, "java.math.BigDecimal", ValueKind.NUMBER, "BIG_DECIMAL");
    put(map, "java.math.BigInteger", ValueKind.NUMBER, "BIG_INTEGER");
    map.put(
        "byte[]",
        TypeMapping.BuiltIn.converters(TypeName.get(byte[].class), ValueKind.BINARY, "BYTE_ARRAY"));
    put(map, "java.nio.ByteBuffer", ValueKind.BINARY, "BYTE_BUFFER");
    put(map, "java.util.UUID", ValueKind.STRING, "UUID_STRING");
    put(map, "java.net.URI", ValueKind.STRING, "URI_STRING");
    put(map, "java.time.Instant", ValueKind.STRING, "INSTANT");
    put(map, "java.time.LocalDate", ValueKind.STRING, "LOCAL_DATE");
    put(map, "java.time.LocalTime", ValueKind.STRING, "LOCAL_TIME");
    put(map, "java.time.LocalDateTime", ValueKind.STRING, "LOCAL_DATE_TIME");
    put(map, "java.time.OffsetDateTime", ValueKind.STRING, "OFFSET_DATE_TIME");
    put(map, "java.time.ZonedDateTime", ValueKind.STRING, "ZONED_DATE_TIME");
    put(map, "java.time.Duration", ValueKind.STRING, "DURATION");
    put(map, "java.time.Period", ValueKind.STRING, "PERIOD");
    put(map, "java.time.Year", ValueKind.STRING, "YEAR");
    put(map, "java.time.YearMonth", ValueKind.STRING, "YEAR_MONTH");
    put(map, "java.time.MonthDay", ValueKind.STRING, "MONTH_DAY");
    put(map, "java.time.ZoneId", ValueKind.STRING, "ZONE_ID");
    // Schemaless documents: objects as M, arrays as L; the converter lives apart so Jackson stays
    // optional.
    map.put(
        JSON_NODE,
        new TypeMapping.BuiltIn(
            ClassName.bestGuess(JSON_NODE),
            ValueKind.CONVERTED,
            ClassName.get("io.keyspan.schema", "JsonNodeConverter"),
            "INSTANCE"));
    return Map.copyOf(map);
  }

  private static void put(
      Map<String, TypeMapping.BuiltIn> map, String name, ValueKind kind, String constant) {
    map.put(name, TypeMapping.BuiltIn.converters(ClassName.bestGuess(name), kind, constant));
  }
}
