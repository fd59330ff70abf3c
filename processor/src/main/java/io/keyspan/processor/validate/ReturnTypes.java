package io.keyspan.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Suggestions;
import io.keyspan.processor.model.MethodPlan.Projected;
import io.keyspan.processor.model.MethodPlan.Result;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The return type fits the operation: what a read returns, and whether it may match several items.
 */
final class ReturnTypes extends MethodRules {

  private static final Map<String, Result> CONTAINERS =
      Map.of(
          "java.util.List", Result.LIST,
          "java.util.stream.Stream", Result.STREAM,
          "io.keyspan.repository.Page", Result.PAGE,
          "java.util.Optional", Result.OPTIONAL);

  /** What a method returns: the result kind and, for reads, the projection record if any. */
  record Returns(Result result, Optional<Projected> projected) {}

  ReturnTypes(MethodRules context) {
    super(context);
  }

  /** What the method returns; reports return types that do not fit the operation. */
  Returns result(Keys keys, Optional<TableModel.Index> index) {
    TypeMirror returns = method.getReturnType();
    TypeName returnName = TypeName.get(returns);
    TypeName entityName = entity.className();
    String entityType = entity.className().simpleName();
    if (parsed.operation().isRead()) {
      Returns read = readReturns(returns);
      if (read == null) {
        report.error(
            methodPlace,
            Message.READ_RETURN_TYPE,
            name(),
            returnName,
            parsed.operation().describe(),
            entityType,
            entityType,
            entityType,
            entityType,
            entityType);
        return new Returns(Result.LIST, Optional.empty());
      }
      Result result = read.result();
      if ((result == Result.ONE || result == Result.OPTIONAL)
          && parsed.limit() != 1
          && !unique(keys, index)) {
        Property missing =
            parsed.operation() == Operation.SCAN || index.isPresent() || keys.sort() == null
                ? keys.partition()
                : keys.sort();
        report.error(
            methodPlace,
            Message.NOT_UNIQUE,
            name(),
            returnName,
            parsed.operation() == Operation.SCAN ? "Scan" : "key condition",
            parsed.operation() == Operation.SCAN || index.isPresent()
                ? "the whole primary key of the table"
                : missing.attributeName(),
            entityType);
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
    if (parsed.operation() == Operation.UPDATE) {
      report.error(
          methodPlace, Message.UPDATE_RETURN_TYPE, name(), returnName, entityType, entityType);
    } else {
      report.error(
          methodPlace,
          Message.WRITE_RETURN_TYPE,
          name(),
          returnName,
          parsed.operation().describe(),
          entityType);
    }
    return none;
  }

  /**
   * The type of the items a read returns: the element of its container ({@code List<Order>}), or
   * itself; empty for a count or an existence test, or a type that holds no item.
   */
  static Optional<TypeMirror> itemType(TypeMirror returns, Types types) {
    if (countsOrTests(returns) || !(returns instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    return Optional.of(
        container(declared, types) == Result.ONE ? declared : declared.getTypeArguments().get(0));
  }

  /** Whether a read returns a count ({@code long}) or an existence test ({@code boolean}). */
  private static boolean countsOrTests(TypeMirror returns) {
    TypeName name = TypeName.get(returns);
    return returns.getKind() == TypeKind.LONG
        || returns.getKind() == TypeKind.BOOLEAN
        || name.equals(ClassName.get(Long.class))
        || name.equals(ClassName.get(Boolean.class));
  }

  /** The container a read returns its items in; {@link Result#ONE} for a single item. */
  private static Result container(DeclaredType declared, Types types) {
    Result container = CONTAINERS.get(types.erasure(declared).toString());
    return container != null && declared.getTypeArguments().size() == 1 ? container : Result.ONE;
  }

  /**
   * The result of a read and the record it returns, if not the entity; null when it fits no read.
   */
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
    Result result = container(declared, types);
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
        report.error(
            methodPlace,
            Message.PROJECTION_COMPONENT,
            record.getSimpleName(),
            name(),
            name,
            entity.className().simpleName(),
            Suggestions.didYouMean(name, byJavaName.keySet()));
      } else if (!TypeName.get(component.asType()).equals(TypeName.get(property.type()))) {
        report.error(
            methodPlace,
            Message.PROJECTION_COMPONENT_TYPE,
            record.getSimpleName(),
            name(),
            name,
            entity.className().simpleName(),
            TypeName.get(component.asType()),
            TypeName.get(property.type()));
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
  private boolean unique(Keys keys, Optional<TableModel.Index> index) {
    if (parsed.operation() != Operation.QUERY || index.isPresent()) {
      return false;
    }
    Set<String> fixed =
        parsed.key().terms().stream()
            .filter(t -> t instanceof KeyCondition.Compare c && c.op() == ComparisonOperator.EQ)
            .map(KeyCondition.Term::attribute)
            .collect(Collectors.toSet());
    return fixed.containsAll(keys.names());
  }
}
