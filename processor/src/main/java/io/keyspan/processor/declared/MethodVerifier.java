package io.keyspan.processor.declared;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Update;
import io.keyspan.expression.UpdateValue;
import io.keyspan.processor.declared.Diagnostics.Place;
import io.keyspan.processor.declared.MethodPlan.Binding;
import io.keyspan.processor.declared.MethodPlan.KeyArgument;
import io.keyspan.processor.declared.MethodPlan.Projected;
import io.keyspan.processor.declared.MethodPlan.Result;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.Table;
import io.keyspan.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks a parsed method against its table: attributes and index exist, key conditions have the
 * shapes DynamoDB allows on the keys of the table or index, filters leave keys alone, index
 * projections and consistency hold, updates respect the types of what they change, every
 * placeholder binds to a parameter of a compatible type and every parameter is used, and the
 * return type fits. Reports every error it finds; returns a plan only for a clean method.
 */
final class MethodVerifier {
  private static final Map<String, String> FREE_CONVERTERS = freeConverters();

  private final Entity entity;
  private final Types types;
  private final Map<String, Property> byAttribute = new LinkedHashMap<>();

  MethodVerifier(Entity entity, Types types) {
    this.entity = entity;
    this.types = types;
    entity.properties().forEach(p -> byAttribute.put(p.attributeName(), p));
  }

  Optional<MethodPlan> verify(ExecutableElement method, Parsed parsed, Diagnostics diagnostics) {
    int before = diagnostics.size();
    Check check = new Check(method, parsed, diagnostics);
    Optional<Table.Index> index = check.index();
    if (diagnostics.size() > before || !check.attributesExist()) {
      return Optional.empty();
    }
    Keys keys = index.map(Keys::of).orElseGet(() -> Keys.of(entity));
    if (parsed.operation() == Operation.QUERY) {
      check.keyCondition(keys);
      check.filterLeavesKeys(keys);
    }
    index.ifPresent(check::indexRules);
    if (parsed.update() != null) {
      check.update();
    }
    if (!parsed.operation().isRead()) {
      check.noMaintainedAttributes();
    }
    Parameters parameters = check.parameters();
    List<Binding> bindings = check.bindings(parameters);
    Returns returns = check.result(keys, index);
    if (parsed.projection() == null) {
      returns.projected().ifPresent(p -> index.ifPresent(i -> check.projectedRules(i, p)));
    }
    parameters.cursor.filter(c -> returns.result() != Result.PAGE).ifPresent(c -> diagnostics.error(c,
        DeclaredMessage.CURSOR_NEEDS_PAGE, c.getSimpleName(), method.getSimpleName(), entity.className().simpleName()));
    if (diagnostics.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new MethodPlan(method, parsed, index, returns.result(), returns.projected(), bindings, parameters.limit, parameters.pageSize,
        parameters.cursor, parameters.keyArguments, parameters.item));
  }

  private static final Map<String, Result> CONTAINERS = Map.of(
      "java.util.List", Result.LIST,
      "java.util.stream.Stream", Result.STREAM,
      "io.keyspan.repository.Page", Result.PAGE,
      "java.util.Optional", Result.OPTIONAL);

  /** What a method returns: the result kind and, for reads, the projection record if any. */
  private record Returns(Result result, Optional<Projected> projected) {}

  /** The key attributes of the table or of one index. */
  private record Keys(String description, Property partition, Property sort) {
    static Keys of(Entity entity) {
      return new Keys("the table " + entity.table().orElseThrow().name(), entity.partitionKey().orElseThrow(),
          entity.sortKey().orElse(null));
    }

    static Keys of(Table.Index index) {
      return new Keys("the index " + index.name(), index.partitionKey(), index.sortKey());
    }

    Set<String> names() {
      Set<String> names = new LinkedHashSet<>();
      names.add(partition.attributeName());
      if (sort != null) {
        names.add(sort.attributeName());
      }
      return names;
    }

    String sortDescription() {
      return sort == null ? ", no sort key" : ", sort key " + sort.attributeName();
    }
  }

  /** The parameters of a method by role. */
  private static final class Parameters {
    final Map<String, VariableElement> values = new LinkedHashMap<>();
    Optional<VariableElement> limit = Optional.empty();
    Optional<VariableElement> pageSize = Optional.empty();
    Optional<VariableElement> cursor = Optional.empty();
    final List<KeyArgument> keyArguments = new ArrayList<>();
    Optional<VariableElement> item = Optional.empty();
  }

  /** The checks of one method. */
  private final class Check {
    private final ExecutableElement method;
    private final Parsed parsed;
    private final Diagnostics diagnostics;
    private final Place methodPlace;

    Check(ExecutableElement method, Parsed parsed, Diagnostics diagnostics) {
      this.method = method;
      this.parsed = parsed;
      this.diagnostics = diagnostics;
      this.methodPlace = new Place(method, null, null);
    }

    private String name() {
      return method.getSimpleName().toString();
    }

    Optional<Table.Index> index() {
      if (parsed.index().isEmpty()) {
        return Optional.empty();
      }
      String name = parsed.index().get();
      List<Table.Index> indexes = entity.table().orElseThrow().indexes();
      for (Table.Index index : indexes) {
        if (index.name().equals(name)) {
          return Optional.of(index);
        }
      }
      List<String> names = indexes.stream().map(Table.Index::name).toList();
      diagnostics.error(parsed.indexPlace(), DeclaredMessage.UNKNOWN_INDEX, name, entity.table().orElseThrow().name(),
          Suggestions.didYouMean(name, names), names.isEmpty() ? "none" : String.join(", ", names));
      return Optional.empty();
    }

    /** Whether every path starts with an attribute of the entity; reports those that do not. */
    boolean attributesExist() {
      boolean ok = true;
      if (parsed.key() != null) {
        ok &= exist(TreeWalk.of(parsed.key()).paths(), parsed.keyPlace(), "The key condition of " + name());
      }
      if (parsed.condition() != null) {
        ok &= exist(TreeWalk.of(parsed.condition()).paths(), parsed.conditionPlace(),
            (parsed.operation().isRead() ? "The filter of " : "The condition of ") + name());
      }
      if (parsed.update() != null) {
        ok &= exist(TreeWalk.of(parsed.update()).paths(), parsed.updatePlace(), "The update of " + name());
      }
      if (parsed.projection() != null) {
        ok &= exist(TreeWalk.of(parsed.projection()).paths(), parsed.projectionPlace(), "The projection of " + name());
      }
      return ok;
    }

    private boolean exist(List<Path> paths, Place place, String what) {
      Set<String> reported = new LinkedHashSet<>();
      for (Path path : paths) {
        String name = path.topLevelName();
        if (!byAttribute.containsKey(name) && reported.add(name)) {
          diagnostics.error(place, DeclaredMessage.UNKNOWN_ATTRIBUTE, what, name, entity.className().simpleName(),
              Suggestions.didYouMean(name, byAttribute.keySet()), String.join(", ", byAttribute.keySet()));
        }
      }
      return reported.isEmpty();
    }

    void keyCondition(Keys keys) {
      KeyCondition key = parsed.key();
      boolean partitionTested = false;
      for (KeyCondition.Term term : key.terms()) {
        String attribute = term.attribute();
        if (attribute.equals(keys.partition().attributeName())) {
          partitionTested |= term instanceof KeyCondition.Compare compare && compare.op() == ComparisonOperator.EQ;
        } else if (keys.sort() == null || !attribute.equals(keys.sort().attributeName())) {
          diagnostics.error(parsed.keyPlace(), DeclaredMessage.NON_KEY_IN_KEY_CONDITION, attribute, keys.description(),
              keys.partition().attributeName(), keys.sortDescription());
        } else if (term instanceof KeyCondition.BeginsWith && keys.sort().mapping().kind() == ValueKind.NUMBER) {
          diagnostics.error(parsed.keyPlace(), DeclaredMessage.BEGINS_WITH_TYPE, attribute, "a number (N)");
        }
      }
      if (!partitionTested) {
        diagnostics.error(parsed.keyPlace(), DeclaredMessage.NO_PARTITION_KEY_CONDITION, name(),
            keys.partition().attributeName(), keys.partition().attributeName());
      }
    }

    void filterLeavesKeys(Keys keys) {
      if (parsed.condition() == null) {
        return;
      }
      Set<String> reported = new LinkedHashSet<>();
      for (Path path : TreeWalk.of(parsed.condition()).paths()) {
        if (keys.names().contains(path.topLevelName()) && reported.add(path.topLevelName())) {
          diagnostics.error(parsed.conditionPlace(), DeclaredMessage.KEY_IN_FILTER, name(), path.topLevelName(),
              keys.description());
        }
      }
    }

    /** The components of a projection record must be attributes the index projects. */
    void projectedRules(Table.Index index, Projected projected) {
      if (!index.projection().equals("ALL")) {
        notProjected(projected.components().stream().map(p -> Path.of(p.attributeName())).toList(), methodPlace,
            projected(index), index, projectionDescription(index), new LinkedHashSet<>());
      }
    }

    void indexRules(Table.Index index) {
      if (index.global() && parsed.consistentRead()) {
        diagnostics.error(parsed.consistentReadPlace(), DeclaredMessage.CONSISTENT_READ_ON_GLOBAL_INDEX, name(),
            index.name());
      }
      if (index.projection().equals("ALL")) {
        return;
      }
      Set<String> projected = projected(index);
      String projection = projectionDescription(index);
      Set<String> reported = new LinkedHashSet<>();
      if (parsed.condition() != null) {
        notProjected(TreeWalk.of(parsed.condition()).paths(), parsed.conditionPlace(), projected, index, projection, reported);
      }
      if (parsed.projection() != null) {
        notProjected(TreeWalk.of(parsed.projection()).paths(), parsed.projectionPlace(), projected, index, projection, reported);
      }
    }

    /** The attributes an index holds: the table's and its own keys, and its included attributes. */
    private Set<String> projected(Table.Index index) {
      Set<String> projected = new LinkedHashSet<>(Keys.of(entity).names());
      projected.addAll(Keys.of(index).names());
      projected.addAll(index.nonKeyAttributes());
      return projected;
    }

    private String projectionDescription(Table.Index index) {
      return index.projection() + (index.nonKeyAttributes().isEmpty() ? "" : " " + String.join(", ", index.nonKeyAttributes()));
    }

    private void notProjected(List<Path> paths, Place place, Set<String> projected, Table.Index index, String projection,
        Set<String> reported) {
      for (Path path : paths) {
        String name = path.topLevelName();
        if (!projected.contains(name) && reported.add(name)) {
          diagnostics.error(place, DeclaredMessage.NOT_PROJECTED, name(), name, index.name(), projection);
        }
      }
    }

    void update() {
      Update update = parsed.update();
      Set<String> keyNames = Keys.of(entity).names();
      for (Path path : TreeWalk.of(update).paths()) {
        if (keyNames.contains(path.topLevelName()) && isWritten(update, path)) {
          diagnostics.error(parsed.updatePlace(), DeclaredMessage.KEY_ATTRIBUTE_UPDATED, name(), path.topLevelName());
        }
      }
      for (Update.AddAction add : update.add()) {
        kindOf(add.path()).filter(k -> k != ValueKind.NUMBER && k != ValueKind.SET).ifPresent(k -> diagnostics.error(
            parsed.updatePlace(), DeclaredMessage.ADD_TYPE, add.path().topLevelName(), add.path().topLevelName(),
            k.storedAs(), add.path().topLevelName()));
      }
      for (Update.DeleteAction delete : update.delete()) {
        kindOf(delete.path()).filter(k -> k != ValueKind.SET).ifPresent(k -> diagnostics.error(parsed.updatePlace(),
            DeclaredMessage.DELETE_TYPE, delete.path().topLevelName(), delete.path().topLevelName(), k.storedAs()));
      }
      for (Update.SetAction set : update.set()) {
        listAppends(set.value());
      }
    }

    /** Declared writes do not plan versions, counters or timestamps, so they refuse tables that have them. */
    void noMaintainedAttributes() {
      entity.properties().stream().filter(p -> p.roles().maintained()).findFirst().ifPresent(p -> diagnostics.error(
          methodPlace, DeclaredMessage.MAINTAINED_ATTRIBUTE, name(), entity.table().orElseThrow().name(),
          p.attributeName(), p.roles().version() ? "@Version" : p.roles().counter().isPresent() ? "@AtomicCounter"
              : "@" + p.roles().timestamp().orElseThrow().annotation(), entity.repositoryName().simpleName()));
    }

    private boolean isWritten(Update update, Path path) {
      return update.set().stream().anyMatch(s -> s.path().equals(path)) || update.remove().contains(path)
          || update.add().stream().anyMatch(a -> a.path().equals(path))
          || update.delete().stream().anyMatch(d -> d.path().equals(path));
    }

    private void listAppends(UpdateValue value) {
      if (value instanceof UpdateValue.ListAppend append) {
        for (UpdateValue operand : List.of(append.first(), append.second())) {
          if (operand instanceof Path path) {
            kindOf(path).filter(k -> k != ValueKind.LIST).ifPresent(k -> diagnostics.error(parsed.updatePlace(),
                DeclaredMessage.LIST_APPEND_TYPE, path.topLevelName(), path.topLevelName(), k.storedAs()));
          }
          listAppends(operand);
        }
      } else if (value instanceof UpdateValue.IfNotExists ifNotExists) {
        listAppends(ifNotExists.fallback());
      }
    }

    /** The stored kind of a top-level attribute path; empty for nested paths and converted types. */
    private Optional<ValueKind> kindOf(Path path) {
      if (!path.isTopLevel()) {
        return Optional.empty();
      }
      return Optional.ofNullable(byAttribute.get(path.topLevelName())).map(p -> p.mapping().kind())
          .filter(k -> k != ValueKind.CONVERTED);
    }

    Parameters parameters() {
      Parameters parameters = new Parameters();
      Property partition = entity.partitionKey().orElseThrow();
      Optional<Property> sort = entity.sortKey();
      boolean keyed = parsed.operation() == Operation.UPDATE || parsed.operation() == Operation.DELETE;
      int items = 0;
      for (VariableElement parameter : method.getParameters()) {
        String name = parameter.getSimpleName().toString();
        if (annotated(parameter, "Limit")) {
          parameters.limit = Optional.of(paging(parameter, "Limit", TypeKind.INT));
        } else if (annotated(parameter, "PageSize")) {
          parameters.pageSize = Optional.of(paging(parameter, "PageSize", TypeKind.INT));
        } else if (annotated(parameter, "Cursor")) {
          parameters.cursor = Optional.of(paging(parameter, "Cursor", TypeKind.DECLARED));
        } else if (keyed && name.equals(partition.javaName())) {
          parameters.keyArguments.add(keyArgument(partition, parameter));
        } else if (keyed && sort.isPresent() && name.equals(sort.get().javaName())) {
          parameters.keyArguments.add(keyArgument(sort.get(), parameter));
        } else if (parsed.operation() == Operation.PUT && types.isSameType(parameter.asType(), entity.element().asType())) {
          parameters.item = Optional.of(parameter);
          items++;
        } else {
          parameters.values.put(name, parameter);
        }
      }
      if (keyed) {
        List<Property> keys = sort.map(s -> List.of(partition, s)).orElse(List.of(partition));
        for (Property key : keys) {
          if (parameters.keyArguments.stream().noneMatch(a -> a.property() == key)) {
            diagnostics.error(methodPlace, DeclaredMessage.WRITE_KEY_PARAMETER, name(), key.javaName(),
                TypeName.get(key.type()));
          }
        }
      }
      if (parsed.operation() == Operation.PUT && items != 1) {
        diagnostics.error(methodPlace, DeclaredMessage.PUT_ENTITY_PARAMETER, name(), entity.className().simpleName(), items);
      }
      return parameters;
    }

    private boolean annotated(VariableElement parameter, String annotation) {
      return parameter.getAnnotationMirrors().stream().anyMatch(m -> m.getAnnotationType().toString()
          .equals(AnnotatedReader.PACKAGE + annotation));
    }

    private VariableElement paging(VariableElement parameter, String annotation, TypeKind kind) {
      boolean ok = kind == TypeKind.INT ? parameter.asType().getKind() == TypeKind.INT
          : TypeName.get(parameter.asType()).equals(ClassName.get(String.class));
      if (!ok) {
        diagnostics.error(parameter, DeclaredMessage.PAGING_PARAMETER, annotation, parameter.getSimpleName(),
            kind == TypeKind.INT ? "an int" : "a String");
      }
      return parameter;
    }

    private KeyArgument keyArgument(Property key, VariableElement parameter) {
      if (!sameType(parameter.asType(), key)) {
        diagnostics.error(parameter, DeclaredMessage.PARAMETER_TYPE, parameter.getSimpleName(),
            TypeName.get(parameter.asType()), key.attributeName(), key.mapping().javaType(), TypeName.get(key.type()));
      }
      return new KeyArgument(key, parameter);
    }

    List<Binding> bindings(Parameters parameters) {
      List<TreeWalk.Use> uses = new ArrayList<>();
      Map<String, Place> places = new LinkedHashMap<>();
      collect(parsed.key() == null ? null : TreeWalk.of(parsed.key()), parsed.keyPlace(), uses, places);
      collect(parsed.condition() == null ? null : TreeWalk.of(parsed.condition()), parsed.conditionPlace(), uses, places);
      collect(parsed.update() == null ? null : TreeWalk.of(parsed.update()), parsed.updatePlace(), uses, places);
      Map<String, Binding> bindings = new LinkedHashMap<>();
      Set<String> unbound = new LinkedHashSet<>();
      for (TreeWalk.Use use : uses) {
        String parameterName = use.placeholder().substring(1);
        VariableElement parameter = parameters.values.get(parameterName);
        if (parameter == null) {
          if (unbound.add(use.placeholder())) {
            diagnostics.error(places.get(use.placeholder()), DeclaredMessage.UNBOUND_PLACEHOLDER, name(), parameterName,
                use.placeholder(), Suggestions.closest(parameterName, parameters.values.keySet())
                    .map(c -> " (did you mean :" + c + "?)").orElse(""));
          }
          continue;
        }
        Property attribute = use.path() != null && use.path().isTopLevel() ? byAttribute.get(use.path().topLevelName()) : null;
        if (attribute != null) {
          if (!sameType(parameter.asType(), attribute)) {
            typeMismatch(parameter, attribute);
          }
          bindings.putIfAbsent(use.placeholder(), new Binding(use.placeholder(), parameter, attribute, null));
        } else {
          String converter = FREE_CONVERTERS.get(TypeName.get(parameter.asType()).box().toString());
          if (converter == null) {
            diagnostics.error(parameter, DeclaredMessage.VALUE_TYPE, parameter.getSimpleName(), TypeName.get(parameter.asType()));
          }
          bindings.putIfAbsent(use.placeholder(), new Binding(use.placeholder(), parameter, null, converter));
        }
      }
      for (String name : parameters.values.keySet()) {
        if (!bindings.containsKey(":" + name)) {
          diagnostics.error(parameters.values.get(name), DeclaredMessage.UNUSED_PARAMETER, name, name, name);
        }
      }
      return List.copyOf(bindings.values());
    }

    private void collect(TreeWalk walk, Place place, List<TreeWalk.Use> uses, Map<String, Place> places) {
      if (walk != null) {
        uses.addAll(walk.uses());
        walk.uses().forEach(u -> places.putIfAbsent(u.placeholder(), place));
      }
    }

    private void typeMismatch(VariableElement parameter, Property attribute) {
      TypeMirror type = parameter.asType();
      boolean collection = type.getKind() == TypeKind.ARRAY && !TypeName.get(type).equals(TypeName.get(byte[].class))
          || type instanceof DeclaredType declared && isCollection(declared);
      if (collection) {
        diagnostics.error(parameter, DeclaredMessage.COLLECTION_PARAMETER, parameter.getSimpleName(), TypeName.get(type),
            attribute.attributeName());
      } else {
        diagnostics.error(parameter, DeclaredMessage.PARAMETER_TYPE, parameter.getSimpleName(), TypeName.get(type),
            attribute.attributeName(), attribute.mapping().javaType(), attribute.mapping().javaType().isBoxedPrimitive()
                ? attribute.mapping().javaType().unbox() : attribute.mapping().javaType());
      }
    }

    private boolean isCollection(DeclaredType type) {
      String erased = types.erasure(type).toString();
      return erased.equals("java.util.List") || erased.equals("java.util.Set") || erased.equals("java.util.Collection");
    }

    /** What the method returns; reports return types that do not fit the operation. */
    Returns result(Keys keys, Optional<Table.Index> index) {
      TypeMirror returns = method.getReturnType();
      TypeName returnName = TypeName.get(returns);
      TypeName entityName = entity.className();
      String entityType = entity.className().simpleName();
      if (parsed.operation().isRead()) {
        Returns read = readReturns(returns);
        if (read == null) {
          diagnostics.error(methodPlace, DeclaredMessage.RETURN_TYPE, name(), returnName, parsed.operation().describe(),
              "List<" + entityType + ">, Stream<" + entityType + ">, Page<" + entityType + ">, Optional<" + entityType
                  + ">, " + entityType + ", a projection record in their place, long (count) or boolean (exists)");
          return new Returns(Result.LIST, Optional.empty());
        }
        Result result = read.result();
        if ((result == Result.ONE || result == Result.OPTIONAL) && parsed.limit() != 1 && !unique(keys, index)) {
          Property missing = parsed.operation() == Operation.SCAN || index.isPresent() || keys.sort() == null
              ? keys.partition() : keys.sort();
          diagnostics.error(methodPlace, DeclaredMessage.NOT_UNIQUE, name(), returnName,
              parsed.operation() == Operation.SCAN ? "Scan" : "key condition",
              parsed.operation() == Operation.SCAN || index.isPresent() ? "the whole primary key of the table"
                  : missing.attributeName(), entityType);
        }
        return read;
      }
      Returns none = new Returns(Result.VOID, Optional.empty());
      if (returns.getKind() == TypeKind.VOID) {
        return none;
      }
      if (returns.getKind() == TypeKind.BOOLEAN) {
        return new Returns(Result.CONDITION_HELD, Optional.empty());
      }
      if (parsed.operation() == Operation.UPDATE && returnName.equals(entityName)) {
        return new Returns(Result.ITEM, Optional.empty());
      }
      if (returnName.equals(optionalOf(entityName))) {
        return new Returns(Result.OPTIONAL_ITEM, Optional.empty());
      }
      diagnostics.error(methodPlace, DeclaredMessage.RETURN_TYPE, name(), returnName, parsed.operation().describe(),
          "void, boolean (whether the condition held)"
              + (parsed.operation() == Operation.UPDATE ? ", " + entityType : "") + " or Optional<" + entityType + ">");
      return none;
    }

    /** The result of a read and the record it returns, if not the entity; null when it fits no read. */
    private Returns readReturns(TypeMirror returns) {
      TypeName returnName = TypeName.get(returns);
      if (returns.getKind() == TypeKind.LONG || returnName.equals(ClassName.get(Long.class))) {
        return new Returns(Result.COUNT, Optional.empty());
      }
      if (returns.getKind() == TypeKind.BOOLEAN || returnName.equals(ClassName.get(Boolean.class))) {
        return new Returns(Result.EXISTS, Optional.empty());
      }
      if (!(returns instanceof DeclaredType declared)) {
        return null;
      }
      Result container = CONTAINERS.get(types.erasure(declared).toString());
      Result result = container != null && declared.getTypeArguments().size() == 1 ? container : Result.ONE;
      TypeMirror element = result == Result.ONE ? declared : declared.getTypeArguments().get(0);
      if (TypeName.get(element).equals(entity.className())) {
        return new Returns(result, Optional.empty());
      }
      if (element instanceof DeclaredType type && type.asElement().getKind() == ElementKind.RECORD) {
        return new Returns(result, Optional.of(projected((TypeElement) type.asElement())));
      }
      return null;
    }

    /** The record's components as entity properties; reports components that are not. */
    private Projected projected(TypeElement record) {
      Map<String, Property> byJavaName = new LinkedHashMap<>();
      entity.properties().forEach(p -> byJavaName.put(p.javaName(), p));
      List<Property> components = new ArrayList<>();
      for (RecordComponentElement component : record.getRecordComponents()) {
        String name = component.getSimpleName().toString();
        Property property = byJavaName.get(name);
        if (property == null) {
          diagnostics.error(methodPlace, DeclaredMessage.PROJECTION_COMPONENT, record.getSimpleName(), name(), name,
              entity.className().simpleName(), Suggestions.didYouMean(name, byJavaName.keySet()));
        } else if (!TypeName.get(component.asType()).equals(TypeName.get(property.type()))) {
          diagnostics.error(methodPlace, DeclaredMessage.PROJECTION_COMPONENT, record.getSimpleName(), name(), name,
              entity.className().simpleName(), " with the type " + TypeName.get(component.asType()) + " (the property is "
                  + TypeName.get(property.type()) + ").");
        } else {
          components.add(property);
        }
      }
      return new Projected(ClassName.get(record), components);
    }

    private TypeName optionalOf(TypeName type) {
      return com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(Optional.class), type);
    }

    /** Whether the key condition fixes the whole primary key of the table with =. */
    private boolean unique(Keys keys, Optional<Table.Index> index) {
      if (parsed.operation() != Operation.QUERY || index.isPresent()) {
        return false;
      }
      Set<String> fixed = parsed.key().terms().stream()
          .filter(t -> t instanceof KeyCondition.Compare c && c.op() == ComparisonOperator.EQ)
          .map(KeyCondition.Term::attribute).collect(Collectors.toSet());
      return fixed.containsAll(keys.names());
    }
  }

  private boolean sameType(TypeMirror parameter, Property property) {
    return TypeName.get(parameter).box().withoutAnnotations().equals(property.mapping().javaType().withoutAnnotations());
  }

  private static Map<String, String> freeConverters() {
    Map<String, String> converters = new LinkedHashMap<>();
    converters.put("java.lang.String", "STRING");
    converters.put("java.lang.Integer", "INTEGER");
    converters.put("java.lang.Long", "LONG");
    converters.put("java.lang.Short", "SHORT");
    converters.put("java.lang.Byte", "BYTE");
    converters.put("java.lang.Double", "DOUBLE");
    converters.put("java.lang.Float", "FLOAT");
    converters.put("java.lang.Boolean", "BOOLEAN");
    converters.put("java.math.BigDecimal", "BIG_DECIMAL");
    converters.put("java.math.BigInteger", "BIG_INTEGER");
    return Map.copyOf(converters);
  }
}
