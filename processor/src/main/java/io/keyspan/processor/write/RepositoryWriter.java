package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.BINARY_SORT_KEY;
import static io.keyspan.processor.base.TypeNames.KEY;
import static io.keyspan.processor.base.TypeNames.NO_SORT_KEY;
import static io.keyspan.processor.base.TypeNames.QUERY;
import static io.keyspan.processor.base.TypeNames.SORT_KEY;
import static io.keyspan.processor.base.TypeNames.STRING_SORT_KEY;
import static io.keyspan.processor.base.TypeNames.TABLE_REPOSITORY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code TRepository}: a thin subclass of the runtime's {@code TableRepository} whose
 * key-typed methods build the key and hand over to the runtime's operation builders. It is
 * {@code @Singleton} with an {@code @Inject} constructor when jakarta.inject (or else javax.inject)
 * is on the compile classpath.
 */
public final class RepositoryWriter {

  private final Optional<String> injectPackage;

  public RepositoryWriter(Elements elements) {
    this.injectPackage = InjectPackage.visibleIn(elements);
  }

  public TypeSpec.Builder write(Entity entity) {
    ClassName type = entity.className();
    ClassName schema = entity.schemaName();
    Property partition = entity.partitionKey().orElseThrow();
    Optional<Property> sort = entity.sortKey();
    List<ParameterSpec> keyParameters = new ArrayList<>();
    keyParameters.add(
        ParameterSpec.builder(TypeName.get(partition.type()), partition.javaName()).build());
    sort.ifPresent(
        s ->
            keyParameters.add(ParameterSpec.builder(TypeName.get(s.type()), s.javaName()).build()));

    TypeSpec.Builder repository =
        TypeSpec.classBuilder(entity.repositoryName())
            .addJavadoc("Typed operations on the table of {@link $T}.\n", type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(TABLE_REPOSITORY, type));
    repository.addMethod(
        KeyedMethods.constructor(
            repository, injectPackage, "A repository over the table of {@code keyspan}.", schema));

    CodeBlock.Builder key =
        CodeBlock.builder()
            .add("return newKey($T.$L, $N", schema, partition.constantName(), keyParameters.get(0));
    sort.ifPresent(s -> key.add(", $T.$L, $N", schema, s.constantName(), keyParameters.get(1)));
    repository.addMethod(
        KeyedMethods.keyed("key", ParameterizedTypeName.get(KEY, type), keyParameters)
            .addJavadoc("The primary key of an item.\n")
            .addStatement(key.add(")").build())
            .build());
    KeyedMethods.add(repository, type, keyParameters);
    repository.addMethod(
        KeyedMethods.keyed("query", queryType(type, sort), keyParameters.subList(0, 1))
            .addJavadoc("The items with this partition key, in sort-key order.\n")
            .addStatement(
                "return newQuery(null, $T.$L, $N$L)",
                schema,
                partition.constantName(),
                keyParameters.get(0),
                sortKeyArgument(schema, sort))
            .build());
    for (TableModel.Index index : entity.table().orElseThrow().indexes()) {
      if (index.multiAttribute()) {
        repository.addMethods(MultiAttributeQueries.write(type, schema, index));
        continue;
      }
      Property indexKey = index.partitionKey();
      Optional<Property> indexSort = Optional.ofNullable(index.sortKey());
      ParameterSpec parameter =
          ParameterSpec.builder(TypeName.get(indexKey.type()), indexKey.javaName()).build();
      repository.addMethod(
          MethodSpec.methodBuilder("query" + methodSuffix(index.name()))
              .addJavadoc(
                  "The items of the $L index $S with this partition key, in its sort-key order.\n",
                  index.global() ? "global" : "local",
                  index.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(queryType(type, indexSort))
              .addParameter(parameter)
              .addStatement(
                  "return newQuery($S, $T.$L, $N$L)",
                  index.name(),
                  schema,
                  indexKey.constantName(),
                  parameter,
                  sortKeyArgument(schema, indexSort))
              .build());
    }
    return repository;
  }

  /**
   * {@code QueryOperation<Order, StringSortKey<String>>}: the query's sort key is in its type, so
   * {@code sortKey(...)} accepts conditions on that key only; {@code NoSortKey} when there is none.
   */
  static TypeName queryType(ClassName type, Optional<Property> sortKey) {
    TypeName key =
        sortKey
            .<TypeName>map(
                property -> {
                  TypeName value = property.mapping().javaType();
                  switch (property.mapping().kind()) {
                    case STRING:
                      return ParameterizedTypeName.get(STRING_SORT_KEY, value);
                    case BINARY:
                      return ParameterizedTypeName.get(BINARY_SORT_KEY, value);
                    default:
                      return ParameterizedTypeName.get(SORT_KEY, value);
                  }
                })
            .orElse(NO_SORT_KEY);
    return ParameterizedTypeName.get(QUERY, type, key);
  }

  /** {@code , QuerySortKey.of(OrderSchema.ORDER_ID)}, or nothing when there is no sort key. */
  private static CodeBlock sortKeyArgument(ClassName schema, Optional<Property> sortKey) {
    return sortKey
        .map(property -> CodeBlock.of(", $T.of($T.$L)", SORT_KEY, schema, property.constantName()))
        .orElse(CodeBlock.of(""));
  }

  /** {@code ByEmail} → {@code ByEmail}, {@code by-email.v2} → {@code ByEmailV2}. */
  static String methodSuffix(String indexName) {
    StringBuilder suffix = new StringBuilder();
    for (String part : indexName.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        suffix.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return suffix.toString();
  }
}
