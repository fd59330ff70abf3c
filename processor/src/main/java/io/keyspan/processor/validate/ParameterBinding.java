package io.keyspan.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.keyspan.annotations.Cursor;
import io.keyspan.annotations.Limit;
import io.keyspan.annotations.PageSize;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.base.Suggestions;
import io.keyspan.processor.model.MethodPlan.Binding;
import io.keyspan.processor.model.MethodPlan.KeyArgument;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TemplateBinding;
import io.keyspan.processor.read.Mirrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Every :placeholder binds to a parameter of a compatible type, every parameter is used, and paging
 * and key parameters have their types.
 */
final class ParameterBinding extends MethodRules {
  private static final Map<String, String> FREE_CONVERTERS = freeConverters();

  private final List<TemplateBinding> templateBindings;
  private final List<KeyArgument> templateKey;

  /**
   * @param templateBindings the placeholders a single-table member's key templates give values to,
   *     and the parameters they take
   * @param templateKey for a single-table member's update or delete, the components of its
   *     table-key template and the parameters giving them, in template order; empty otherwise
   */
  ParameterBinding(
      MethodRules context, List<TemplateBinding> templateBindings, List<KeyArgument> templateKey) {
    super(context);
    this.templateBindings = templateBindings;
    this.templateKey = templateKey;
  }

  Parameters parameters() {
    Parameters parameters = new Parameters();
    Property partition = entity.partitionKey().orElseThrow();
    Optional<Property> sort = entity.sortKey();
    boolean keyed =
        templateKey.isEmpty()
            && (parsed.operation() == Operation.UPDATE || parsed.operation() == Operation.DELETE);
    parameters.keyArguments.addAll(templateKey);
    int items = 0;
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      if (Mirrors.has(parameter, Limit.class)) {
        parameters.limit = Optional.of(paging(parameter, "Limit", TypeKind.INT));
      } else if (Mirrors.has(parameter, PageSize.class)) {
        parameters.pageSize = Optional.of(paging(parameter, "PageSize", TypeKind.INT));
      } else if (Mirrors.has(parameter, Cursor.class)) {
        parameters.cursor = Optional.of(paging(parameter, "Cursor", TypeKind.DECLARED));
      } else if (templateBindings.stream().anyMatch(t -> t.values().contains(parameter))
          || templateKey.stream().anyMatch(k -> k.parameter().equals(parameter))) {
        continue; // rendered into a key template
      } else if (keyed && name.equals(partition.javaName())) {
        parameters.keyArguments.add(keyArgument(partition, parameter));
      } else if (keyed && sort.isPresent() && name.equals(sort.get().javaName())) {
        parameters.keyArguments.add(keyArgument(sort.get(), parameter));
      } else if (parsed.operation() == Operation.PUT
          && types.isSameType(parameter.asType(), entity.element().asType())) {
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
          report.error(
              methodPlace,
              Message.WRITE_KEY_PARAMETER,
              name(),
              key.javaName(),
              TypeName.get(key.type()));
        }
      }
    }
    if (parsed.operation() == Operation.PUT && items != 1) {
      report.error(
          methodPlace,
          Message.PUT_ENTITY_PARAMETER,
          name(),
          entity.className().simpleName(),
          items);
    }
    return parameters;
  }

  private VariableElement paging(VariableElement parameter, String annotation, TypeKind kind) {
    boolean ok =
        kind == TypeKind.INT
            ? parameter.asType().getKind() == TypeKind.INT
            : TypeName.get(parameter.asType()).equals(ClassName.get(String.class));
    if (!ok) {
      report.error(
          parameter,
          Message.PAGING_PARAMETER,
          annotation,
          parameter.getSimpleName(),
          kind == TypeKind.INT ? "an int" : "a String");
    }
    return parameter;
  }

  private KeyArgument keyArgument(Property key, VariableElement parameter) {
    if (!sameType(parameter.asType(), key)) {
      report.error(
          parameter,
          Message.PARAMETER_TYPE,
          parameter.getSimpleName(),
          TypeName.get(parameter.asType()),
          key.attributeName(),
          key.mapping().javaType(),
          TypeName.get(key.type()));
    }
    return new KeyArgument(key, parameter);
  }

  List<Binding> bindings(Parameters parameters) {
    List<TreeWalk.Use> uses = new ArrayList<>();
    Map<String, Place> places = new LinkedHashMap<>();
    collect(
        parsed.key() == null ? null : TreeWalk.of(parsed.key()), parsed.keyPlace(), uses, places);
    collect(
        parsed.condition() == null ? null : TreeWalk.of(parsed.condition()),
        parsed.conditionPlace(),
        uses,
        places);
    collect(
        parsed.update() == null ? null : TreeWalk.of(parsed.update()),
        parsed.updatePlace(),
        uses,
        places);
    Map<String, Binding> bindings = new LinkedHashMap<>();
    Set<String> unbound = new LinkedHashSet<>();
    for (TreeWalk.Use use : uses) {
      if (templateBindings.stream().anyMatch(t -> t.placeholder().equals(use.placeholder()))) {
        continue;
      }
      String parameterName = use.placeholder().substring(1);
      VariableElement parameter = parameters.values.get(parameterName);
      if (parameter == null) {
        if (unbound.add(use.placeholder())) {
          report.error(
              places.get(use.placeholder()),
              Message.UNBOUND_PLACEHOLDER,
              name(),
              parameterName,
              use.placeholder(),
              Suggestions.closest(parameterName, parameters.values.keySet())
                  .map(c -> " (did you mean :" + c + "?)")
                  .orElse(""));
        }
        continue;
      }
      Property attribute =
          use.path() != null && use.path().isTopLevel()
              ? byAttribute.get(use.path().topLevelName())
              : null;
      if (attribute != null) {
        if (!sameType(parameter.asType(), attribute)) {
          typeMismatch(parameter, attribute);
        }
        // A single table's key attributes hold rendered text, with no property (and so no schema
        // constant) behind them: their values bind as plain strings.
        bindings.putIfAbsent(
            use.placeholder(),
            attribute.read() == null
                ? new Binding(use.placeholder(), parameter, null, "STRING")
                : new Binding(use.placeholder(), parameter, attribute, null));
      } else {
        String converter = FREE_CONVERTERS.get(TypeName.get(parameter.asType()).box().toString());
        if (converter == null) {
          report.error(
              parameter,
              Message.VALUE_TYPE,
              parameter.getSimpleName(),
              TypeName.get(parameter.asType()));
        }
        bindings.putIfAbsent(
            use.placeholder(), new Binding(use.placeholder(), parameter, null, converter));
      }
    }
    for (String name : parameters.values.keySet()) {
      if (!bindings.containsKey(":" + name)) {
        report.error(parameters.values.get(name), Message.UNUSED_PARAMETER, name, name, name);
      }
    }
    return List.copyOf(bindings.values());
  }

  private void collect(
      TreeWalk walk, Place place, List<TreeWalk.Use> uses, Map<String, Place> places) {
    if (walk != null) {
      uses.addAll(walk.uses());
      walk.uses().forEach(u -> places.putIfAbsent(u.placeholder(), place));
    }
  }

  private void typeMismatch(VariableElement parameter, Property attribute) {
    TypeMirror type = parameter.asType();
    boolean collection =
        type.getKind() == TypeKind.ARRAY && !TypeName.get(type).equals(TypeName.get(byte[].class))
            || type instanceof DeclaredType declared && isCollection(declared);
    if (collection) {
      report.error(
          parameter,
          Message.COLLECTION_PARAMETER,
          parameter.getSimpleName(),
          TypeName.get(type),
          attribute.attributeName());
    } else {
      report.error(
          parameter,
          Message.PARAMETER_TYPE,
          parameter.getSimpleName(),
          TypeName.get(type),
          attribute.attributeName(),
          attribute.mapping().javaType(),
          attribute.mapping().javaType().isBoxedPrimitive()
              ? attribute.mapping().javaType().unbox()
              : attribute.mapping().javaType());
    }
  }

  private boolean isCollection(DeclaredType type) {
    String erased = types.erasure(type).toString();
    return erased.equals("java.util.List")
        || erased.equals("java.util.Set")
        || erased.equals("java.util.Collection");
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
