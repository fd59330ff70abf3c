package io.keyspan.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * A mapped type: a {@code @Table} entity (with its table) or a {@code @Document}, with its
 * properties in declaration order (inherited ones first) and how to construct it.
 *
 * @param constructorArguments the properties in constructor-parameter order; empty for beans
 * @param table the table definition; empty for a document
 */
public record Entity(
    TypeElement element,
    ClassName className,
    Construction construction,
    List<Property> properties,
    List<Argument> constructorArguments,
    Optional<TableModel> table) {
  public Entity {
    properties = List.copyOf(properties);
    constructorArguments = List.copyOf(constructorArguments);
  }

  /** The generated schema class: {@code UserSchema} next to {@code User}. */
  public ClassName schemaName() {
    return schemaNameOf(className);
  }

  /** The generated repository class: {@code UserRepository}. */
  public ClassName repositoryName() {
    return ClassName.get(
        className.packageName(), String.join("_", className.simpleNames()) + "Repository");
  }

  public static ClassName schemaNameOf(ClassName type) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Schema");
  }

  public Optional<Property> partitionKey() {
    return properties.stream().filter(p -> p.roles().partitionKey()).findFirst();
  }

  public Optional<Property> sortKey() {
    return properties.stream().filter(p -> p.roles().sortKey()).findFirst();
  }

  /**
   * One constructor argument: a mapped property, or the zero of an ignored parameter.
   *
   * @param property null for an ignored parameter
   * @param ignoredKind the type kind of an ignored parameter, which gets its zero (null for a
   *     reference)
   */
  public record Argument(Property property, TypeKind ignoredKind) {}

  /** How generated code creates an instance. */
  public enum Construction {
    /** The canonical constructor, arguments in component order. */
    RECORD,
    /** The no-argument constructor, then one setter per property. */
    BEAN,
    /**
     * A constructor whose parameters are the properties, in {@link Entity#constructorArguments}
     * order.
     */
    CONSTRUCTOR
  }
}
