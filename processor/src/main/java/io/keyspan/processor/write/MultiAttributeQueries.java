package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.SORT_KEY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TableModel;
import io.keyspan.repository.KeyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The typed queries of a global index whose key has several attributes: one overload per legal
 * prefix. Each takes every partition attribute and the first {@code k} sort attributes, all tested
 * with equality, and returns a query whose {@code sortKey(...)} offers the next sort attribute
 * only, so a range condition can test nothing but the last sort attribute a query uses (Developer
 * Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 *
 * <pre>{@code
 * public QueryOperation<Match, QuerySortKey<Integer>> queryByBracket(String tournament, String region) {
 *   return newIndexQuery("ByBracket", QuerySortKey.of(MatchSchema.ROUND),
 *       KeyPart.of(MatchSchema.TOURNAMENT, tournament), KeyPart.of(MatchSchema.REGION, region));
 * }
 * }</pre>
 */
final class MultiAttributeQueries {
  private static final ClassName KEY_PART = ClassName.get(KeyPart.class);

  private MultiAttributeQueries() {}

  static List<MethodSpec> write(ClassName type, ClassName schema, TableModel.Index index) {
    List<MethodSpec> methods = new ArrayList<>();
    List<Property> sorts = index.sortKeys();
    for (int fixedSorts = 0; fixedSorts <= sorts.size(); fixedSorts++) {
      List<Property> fixed = new ArrayList<>(index.partitionKeys());
      fixed.addAll(sorts.subList(0, fixedSorts));
      Optional<Property> next =
          fixedSorts < sorts.size() ? Optional.of(sorts.get(fixedSorts)) : Optional.empty();
      methods.add(method(type, schema, index, fixed, next));
    }
    return methods;
  }

  private static MethodSpec method(
      ClassName type,
      ClassName schema,
      TableModel.Index index,
      List<Property> fixed,
      Optional<Property> next) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("query" + RepositoryWriter.methodSuffix(index.name()))
            .addJavadoc(
                "The items of the global index $S whose $L equal these values$L.\n",
                index.name(),
                names(fixed),
                next.map(n -> ", in the order of " + n.javaName() + ", which sortKey(...) tests")
                    .orElse(""))
            .addModifiers(Modifier.PUBLIC)
            .returns(RepositoryWriter.queryType(type, next));
    CodeBlock.Builder parts = CodeBlock.builder();
    for (Property property : fixed) {
      ParameterSpec parameter =
          ParameterSpec.builder(TypeName.get(property.type()), property.javaName()).build();
      method.addParameter(parameter);
      parts.add(", $T.of($T.$L, $N)", KEY_PART, schema, property.constantName(), parameter);
    }
    if (next.isPresent()) {
      method.addStatement(
          "return newIndexQuery($S, $T.of($T.$L)$L)",
          index.name(),
          SORT_KEY,
          schema,
          next.get().constantName(),
          parts.build());
    } else {
      method.addStatement("return newFullKeyQuery($S$L)", index.name(), parts.build());
    }
    return method.build();
  }

  private static String names(List<Property> properties) {
    return properties.stream().map(Property::javaName).collect(Collectors.joining(", "));
  }
}
