package io.keyspan.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Repository} interface: its table's entity and its methods, ready to write.
 *
 * @param kind what the repository names: a table's entity, one member of a single table, or a
 *     single table's sealed interface ({@code @Repository(ShopItem.class)})
 */
public record RepositoryModel(
    TypeElement element,
    ClassName interfaceName,
    Entity entity,
    List<MethodPlan> methods,
    Kind kind) {
  public RepositoryModel {
    methods = List.copyOf(methods);
  }

  /** What a {@code @Repository} names. */
  public enum Kind {
    /** A {@code @Table} entity. */
    TABLE,
    /** One member of a single table ({@code Order}): keys come from its templates. */
    MEMBER,
    /** A single table's sealed interface ({@code ShopItem}): items are read by their item type. */
    SINGLE_TABLE
  }

  /** The generated implementation: {@code UserQueries_Impl} next to {@code UserQueries}. */
  public ClassName implementationName() {
    return ClassName.get(
        interfaceName.packageName(), String.join("_", interfaceName.simpleNames()) + "_Impl");
  }

  /** The nested factory that {@code META-INF/services} lists. */
  public ClassName factoryName() {
    return implementationName().nestedClass("Factory");
  }
}
