package io.keyspan.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Repository} interface: its table's entity and its methods, ready to write.
 *
 * @param singleTable whether it reads a single table's sealed interface
 *     ({@code @Repository(ShopItem.class)}), whose items are read by their item type
 */
public record RepositoryModel(
    TypeElement element,
    ClassName interfaceName,
    Entity entity,
    List<MethodPlan> methods,
    boolean singleTable) {
  public RepositoryModel {
    methods = List.copyOf(methods);
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
