package io.keyspan.processor.validate;

import io.keyspan.processor.model.MethodPlan.KeyArgument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/** The parameters of a method by role. */
final class Parameters {
  final Map<String, VariableElement> values = new LinkedHashMap<>();
  Optional<VariableElement> limit = Optional.empty();
  Optional<VariableElement> pageSize = Optional.empty();
  Optional<VariableElement> cursor = Optional.empty();
  final List<KeyArgument> keyArguments = new ArrayList<>();
  Optional<VariableElement> item = Optional.empty();
}
