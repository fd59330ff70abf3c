package io.keyspan.processor.model;

import com.palantir.javapoet.ClassName;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * A checked repository method, ready to be written: its operation and trees, how each {@code
 * :placeholder} gets its value, and what the method returns.
 *
 * @param index the secondary index read; empty for the table
 * @param projected the record a read returns instead of the entity; empty for the entity
 * @param keyArguments for an update or delete, the parameters that give the item's key
 * @param item for a put, the parameter holding the item
 * @param templateBindings for a single-table member, the key placeholders rendered from its key
 *     templates
 * @param member for a read of a single table's sealed-interface repository that returns one member
 *     type, that member ({@code Order}): its items are read through its schema and type filter;
 *     empty for every other method
 */
public record MethodPlan(
    ExecutableElement element,
    ParsedMethod parsed,
    Optional<TableModel.Index> index,
    Result result,
    Optional<Projected> projected,
    List<Binding> bindings,
    Optional<VariableElement> limit,
    Optional<VariableElement> pageSize,
    Optional<VariableElement> cursor,
    List<KeyArgument> keyArguments,
    Optional<VariableElement> item,
    List<TemplateBinding> templateBindings,
    Optional<ClassName> member) {
  public MethodPlan {
    bindings = List.copyOf(bindings);
    keyArguments = List.copyOf(keyArguments);
    templateBindings = List.copyOf(templateBindings);
  }

  /** This plan, reading the items of one member of a single table ({@link #member}). */
  public MethodPlan withMember(ClassName memberType) {
    return new MethodPlan(
        element,
        parsed,
        index,
        result,
        projected,
        bindings,
        limit,
        pageSize,
        cursor,
        keyArguments,
        item,
        templateBindings,
        Optional.of(memberType));
  }

  public String name() {
    return element.getSimpleName().toString();
  }

  /**
   * The attributes a read fetches: its query's own projection, else those of the record it returns;
   * empty for the whole item.
   */
  public Optional<Projection> projection() {
    return Optional.ofNullable(parsed.projection())
        .or(
            () ->
                projected.map(
                    p ->
                        new Projection(
                            p.components().stream()
                                .map(c -> Path.of(c.attributeName()))
                                .toList())));
  }

  /** What a method returns, and so which call ends it. */
  public enum Result {
    LIST,
    STREAM,
    PAGE,
    OPTIONAL,
    ONE,
    COUNT,
    EXISTS,
    VOID,
    /** A write's boolean: whether its condition held. */
    CONDITION_HELD,
    /** A write's item image, as T. */
    ITEM,
    /** A write's item image, as Optional of T. */
    OPTIONAL_ITEM
  }

  /**
   * How one placeholder gets its value: through the typed attribute it meets ({@code attribute}),
   * or through a built-in converter chosen by the parameter's type ({@code converter}).
   */
  public record Binding(
      String placeholder, VariableElement parameter, Property attribute, String converter) {}

  /** A record whose components are entity properties of the same names and types. */
  public record Projected(ClassName type, List<Property> components) {
    public Projected {
      components = List.copyOf(components);
    }
  }

  /** A key property and the parameter that gives its value. */
  public record KeyArgument(Property property, VariableElement parameter) {}
}
