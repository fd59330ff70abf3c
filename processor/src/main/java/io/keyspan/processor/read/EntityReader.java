package io.keyspan.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.keyspan.annotations.AtomicCounter;
import io.keyspan.annotations.Attribute;
import io.keyspan.annotations.Convert;
import io.keyspan.annotations.CreatedAt;
import io.keyspan.annotations.Creator;
import io.keyspan.annotations.Ignore;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.IndexSortKey;
import io.keyspan.annotations.LocalIndexSortKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.TimeToLive;
import io.keyspan.annotations.UpdatedAt;
import io.keyspan.annotations.Version;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the model of a {@code @Table} or {@code @Document} type: its properties with their names,
 * roles, mappings and accessors, and how to construct it. Problems that concern one property or the
 * type's shape go to the report; the structural rules of tables and indexes are checked afterwards
 * by the validator, on this model.
 */
public final class EntityReader {
  private static final Set<String> INTEGRAL =
      Set.of(
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Short",
          "java.lang.Byte",
          "java.math.BigInteger");
  private static final Set<String> TIMESTAMPS =
      Set.of(
          "java.time.Instant",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime",
          "java.time.LocalDateTime",
          "java.time.LocalDate",
          "java.lang.Long");

  private final Elements elements;
  private final Types types;
  private final Mirrors mirrors;
  private final TypeMapper mapper;
  private final TableReader tables;
  private final EncodingReader encodings;

  public EntityReader(ProcessingEnvironment environment) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.mirrors = new Mirrors(elements);
    this.mapper = new TypeMapper(types);
    this.tables = new TableReader(mirrors);
    this.encodings = new EncodingReader(mirrors);
  }

  /** The model of a type, or empty when its shape cannot be mapped at all (reported). */
  public Optional<Entity> read(TypeElement type, Report report) {
    boolean table = Mirrors.find(type, Table.class.getCanonicalName()).isPresent();
    String annotation = table ? "Table" : "Document";
    if ((type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD)
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || !type.getTypeParameters().isEmpty()) {
      report.error(type, Message.NOT_A_CLASS, type.getSimpleName(), annotation);
      return Optional.empty();
    }
    Accessors accessors = new Accessors(elements, types, type);
    List<PropertySource> sources = new ArrayList<>();
    Set<String> ignored = new LinkedHashSet<>();
    for (PropertySource source : sources(type, accessors)) {
      if (source.has(Ignore.class.getCanonicalName())) {
        ignored.add(source.name());
      } else {
        sources.add(source);
      }
    }
    EncodingReader.Choices defaults = encodings.defaults(type, report);
    List<Property> properties = new ArrayList<>();
    for (PropertySource source : sources) {
      property(type, source, accessors, table, defaults, report).ifPresent(properties::add);
    }
    if (properties.size() != sources.size()) {
      return Optional.empty();
    }
    Optional<Construction> construction =
        construction(type, properties, sources, ignored, accessors, report);
    if (construction.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Entity(
            type,
            ClassName.get(type),
            construction.get().kind(),
            properties,
            construction.get().arguments(),
            table ? Optional.of(tables.read(type, properties, report)) : Optional.empty()));
  }

  // ---------------------------------------------------------------- properties

  private List<PropertySource> sources(TypeElement type, Accessors accessors) {
    List<PropertySource> sources = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : type.getRecordComponents()) {
        // Errors point at the component's field: javac places diagnostics on it, not on the
        // component.
        Element field =
            ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().equals(component.getSimpleName()))
                .findFirst()
                .orElseThrow();
        sources.add(
            new PropertySource(
                component.getSimpleName().toString(),
                component.asType(),
                field,
                List.of(component, component.getAccessor())));
      }
      return sources;
    }
    List<TypeElement> hierarchy = new ArrayList<>();
    for (TypeElement current = type; current != null; current = superclass(current)) {
      hierarchy.add(0, current);
    }
    for (TypeElement declaring : hierarchy) {
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)
            || field.getModifiers().contains(Modifier.TRANSIENT)) {
          continue;
        }
        List<Element> annotated = new ArrayList<>();
        annotated.add(field);
        accessors.getter(field).ifPresent(annotated::add);
        sources.add(
            new PropertySource(
                field.getSimpleName().toString(), accessors.typeOf(field), field, annotated));
      }
    }
    return sources;
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (!(superclass instanceof DeclaredType declared)) {
      return null;
    }
    TypeElement element = (TypeElement) declared.asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  private Optional<Property> property(
      TypeElement owner,
      PropertySource source,
      Accessors accessors,
      boolean table,
      EncodingReader.Choices defaults,
      Report report) {
    String attributeName =
        source
            .annotation(Attribute.class.getCanonicalName())
            .map(m -> mirrors.string(m, "value"))
            .orElse(source.name());
    Property.Roles roles = table ? roles(source) : noRoles();
    Optional<TypeMirror> optionalContent = TypeMapper.optionalContent(source.type());
    TypeMirror mapped = optionalContent.orElse(source.type());
    Optional<TypeMapping> mapping =
        mapping(owner, source, mapped, roles, report)
            .flatMap(m -> encodings.apply(source, m, defaults, roles.timeToLive(), report));
    Optional<Property.Accessor> read = read(owner, source, accessors, report);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String setter =
        source.element() instanceof VariableElement field && owner.getKind() != ElementKind.RECORD
            ? accessors
                .setter(field)
                .filter(accessors::isAccessible)
                .map(m -> m.getSimpleName().toString())
                .orElse(null)
            : null;
    return Optional.of(
        new Property(
            source.element(),
            source.name(),
            attributeName,
            source.type(),
            optionalContent.isPresent(),
            primitive(source.type()),
            mapping.orElse(null),
            read.get(),
            setter,
            roles));
  }

  private Optional<TypeMapping> mapping(
      TypeElement owner,
      PropertySource source,
      TypeMirror type,
      Property.Roles roles,
      Report report) {
    Optional<AnnotationMirror> convert = source.annotation(Convert.class.getCanonicalName());
    if (convert.isPresent()) {
      return new ConverterReader(elements, types, mirrors)
          .read(source, type, convert.get(), report);
    }
    String name = qualifiedBoxedName(type);
    if (roles.timeToLive()) {
      if (name.equals("java.time.Instant")) {
        return Optional.of(
            TypeMapping.BuiltIn.converters(TypeName.get(type), ValueKind.NUMBER, "EPOCH_SECONDS"));
      }
      if (!name.equals("java.lang.Long")) {
        report.error(source.element(), Message.TTL_TYPE, source.name(), type);
        return Optional.empty();
      }
    }
    Optional<TypeMapping> mapping = mapper.map(type);
    if (mapping.isEmpty()) {
      new UnsupportedTypes(elements, mapper).report(source, owner, type, report);
    }
    return mapping;
  }

  private Property.Roles roles(PropertySource source) {
    List<Property.IndexKey> indexKeys = new ArrayList<>();
    indexKeys(
        source,
        IndexPartitionKey.class.getCanonicalName(),
        Property.IndexRole.GLOBAL_PARTITION,
        indexKeys);
    indexKeys(
        source, IndexSortKey.class.getCanonicalName(), Property.IndexRole.GLOBAL_SORT, indexKeys);
    indexKeys(
        source,
        LocalIndexSortKey.class.getCanonicalName(),
        Property.IndexRole.LOCAL_SORT,
        indexKeys);
    Optional<Property.Counter> counter =
        source
            .annotation(AtomicCounter.class.getCanonicalName())
            .map(m -> new Property.Counter(mirrors.number(m, "start"), mirrors.number(m, "delta")));
    Optional<Property.Timestamp> timestamp =
        source.has(CreatedAt.class.getCanonicalName())
            ? Optional.of(Property.Timestamp.CREATED)
            : source.has(UpdatedAt.class.getCanonicalName())
                ? Optional.of(Property.Timestamp.UPDATED)
                : Optional.empty();
    return new Property.Roles(
        source.has(PartitionKey.class.getCanonicalName()),
        source.has(SortKey.class.getCanonicalName()),
        indexKeys,
        source.has(Version.class.getCanonicalName()),
        counter,
        timestamp,
        source.has(TimeToLive.class.getCanonicalName()));
  }

  private void indexKeys(
      PropertySource source,
      String annotation,
      Property.IndexRole role,
      List<Property.IndexKey> keys) {
    source
        .annotation(annotation)
        .ifPresent(
            mirror -> {
              int order =
                  Mirrors.explicit(mirror, "order")
                      .map(value -> ((Number) value.getValue()).intValue())
                      .orElse(0);
              for (AnnotationValue value : mirrors.array(mirror, "value")) {
                keys.add(new Property.IndexKey((String) value.getValue(), role, mirror, order));
              }
            });
  }

  private static Property.Roles noRoles() {
    return new Property.Roles(
        false, false, List.of(), false, Optional.empty(), Optional.empty(), false);
  }

  /** Whether the type may hold a version or counter. */
  public static boolean isIntegral(TypeMirror type, Types types) {
    return INTEGRAL.contains(qualifiedBoxedName(type, types));
  }

  public static boolean isTimestamp(TypeMirror type, Types types) {
    return TIMESTAMPS.contains(qualifiedBoxedName(type, types));
  }

  private String qualifiedBoxedName(TypeMirror type) {
    return qualifiedBoxedName(type, types);
  }

  static String qualifiedBoxedName(TypeMirror type, Types types) {
    TypeMirror boxed =
        type.getKind().isPrimitive()
            ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
            : type;
    return boxed instanceof DeclaredType declared
        ? ((TypeElement) declared.asElement()).getQualifiedName().toString()
        : boxed.toString();
  }

  private static Optional<TypeKind> primitive(TypeMirror type) {
    return type.getKind().isPrimitive() ? Optional.of(type.getKind()) : Optional.empty();
  }

  /** The member that gives the property's value on an instance. */
  private Optional<Property.Accessor> read(
      TypeElement owner, PropertySource source, Accessors accessors, Report report) {
    if (owner.getKind() == ElementKind.RECORD) {
      return Optional.of(new Property.Accessor(source.name(), true));
    }
    VariableElement field = (VariableElement) source.element();
    Optional<ExecutableElement> getter = accessors.getter(field);
    if (getter.isPresent()) {
      return Optional.of(new Property.Accessor(getter.get().getSimpleName().toString(), true));
    }
    if (accessors.isAccessible(field)) {
      return Optional.of(new Property.Accessor(field.getSimpleName().toString(), false));
    }
    String expected =
        (field.asType().getKind() == TypeKind.BOOLEAN ? "is" : "get")
            + Accessors.capitalize(source.name());
    report.error(field, Message.NO_ACCESSOR, source.name(), owner.getSimpleName(), expected);
    return Optional.empty();
  }

  // ---------------------------------------------------------------- construction

  private record Construction(Entity.Construction kind, List<Entity.Argument> arguments) {}

  private Optional<Construction> construction(
      TypeElement type,
      List<Property> properties,
      List<PropertySource> sources,
      Set<String> ignored,
      Accessors accessors,
      Report report) {
    Map<String, Property> byName =
        properties.stream().collect(Collectors.toMap(Property::javaName, Function.identity()));
    if (type.getKind() == ElementKind.RECORD) {
      List<Entity.Argument> arguments = new ArrayList<>();
      for (RecordComponentElement component : type.getRecordComponents()) {
        arguments.add(argument(component.getSimpleName().toString(), component.asType(), byName));
      }
      return Optional.of(new Construction(Entity.Construction.RECORD, arguments));
    }
    List<ExecutableElement> constructors = accessors.constructors();
    Optional<ExecutableElement> creator =
        constructors.stream()
            .filter(c -> Mirrors.find(c, Creator.class.getCanonicalName()).isPresent())
            .findFirst();
    if (creator.isEmpty()) {
      List<String> missingSetters =
          properties.stream()
              .filter(
                  p ->
                      p.setter() == null
                          && !accessors.isWritableField((VariableElement) p.element()))
              .map(Property::javaName)
              .toList();
      boolean noArgs = constructors.stream().anyMatch(c -> c.getParameters().isEmpty());
      if (noArgs && missingSetters.isEmpty()) {
        return Optional.of(new Construction(Entity.Construction.BEAN, List.of()));
      }
      creator = constructors.stream().filter(c -> matches(c, byName.keySet(), ignored)).findFirst();
      if (creator.isEmpty()) {
        String parameters =
            sources.stream().map(s -> s.type() + " " + s.name()).collect(Collectors.joining(", "));
        report.error(
            type,
            Message.NO_CONSTRUCTOR,
            type.getSimpleName(),
            noArgs
                ? "missing setters: " + String.join(", ", missingSetters)
                : "it has no no-argument constructor",
            parameters);
        return Optional.empty();
      }
    } else if (!matches(creator.get(), byName.keySet(), ignored)) {
      report.error(
          creator.get(),
          Message.CREATOR_MISMATCH,
          type.getSimpleName(),
          properties.stream().map(Property::javaName).collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    List<Entity.Argument> arguments = new ArrayList<>();
    for (VariableElement parameter : creator.get().getParameters()) {
      arguments.add(argument(parameter.getSimpleName().toString(), parameter.asType(), byName));
    }
    return Optional.of(new Construction(Entity.Construction.CONSTRUCTOR, arguments));
  }

  private static boolean matches(
      ExecutableElement constructor, Set<String> properties, Set<String> ignored) {
    Set<String> names = new LinkedHashSet<>();
    for (VariableElement parameter : constructor.getParameters()) {
      names.add(parameter.getSimpleName().toString());
    }
    Set<String> unmatched = new LinkedHashSet<>(names);
    unmatched.removeAll(properties);
    unmatched.removeAll(ignored);
    return names.containsAll(properties) && unmatched.isEmpty();
  }

  private static Entity.Argument argument(
      String name, TypeMirror type, Map<String, Property> byName) {
    Property property = byName.get(name);
    if (property != null) {
      return new Entity.Argument(property, null);
    }
    return new Entity.Argument(null, type.getKind());
  }
}
