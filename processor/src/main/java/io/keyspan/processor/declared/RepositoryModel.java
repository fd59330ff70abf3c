package io.keyspan.processor.declared;

import com.palantir.javapoet.ClassName;
import io.keyspan.processor.model.Entity;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A checked {@code @Repository} interface: its table's entity and its methods, ready to write. */
record RepositoryModel(TypeElement element, ClassName interfaceName, Entity entity, List<MethodPlan> methods) {
  RepositoryModel {
    methods = List.copyOf(methods);
  }

  /** The generated implementation: {@code UserQueries_Impl} next to {@code UserQueries}. */
  ClassName implementationName() {
    return ClassName.get(interfaceName.packageName(), String.join("_", interfaceName.simpleNames()) + "_Impl");
  }

  /** The nested factory that {@code META-INF/services} lists. */
  ClassName factoryName() {
    return implementationName().nestedClass("Factory");
  }
}
