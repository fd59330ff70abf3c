package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.BINARY_SORT_KEY;
import static io.keyspan.processor.base.TypeNames.DELETE;
import static io.keyspan.processor.base.TypeNames.GET;
import static io.keyspan.processor.base.TypeNames.KEY;
import static io.keyspan.processor.base.TypeNames.KEYSPAN;
import static io.keyspan.processor.base.TypeNames.NO_SORT_KEY;
import static io.keyspan.processor.base.TypeNames.QUERY;
import static io.keyspan.processor.base.TypeNames.SORT_KEY;
import static io.keyspan.processor.base.TypeNames.STRING_SORT_KEY;
import static io.keyspan.processor.base.TypeNames.TABLE_REPOSITORY;
import static io.keyspan.processor.base.TypeNames.UPDATE;

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
    CodeBlock keyArguments =
        keyParameters.stream().map(p -> CodeBlock.of("$N", p)).collect(CodeBlock.joining(", "));

    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("A repository over the table of {@code keyspan}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(KEYSPAN, "keyspan")
            .addStatement("super(keyspan, $T.instance())", schema);
    TypeSpec.Builder repository =
        TypeSpec.classBuilder(entity.repositoryName())
            .addJavadoc("Typed operations on the table of {@link $T}.\n", type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(TABLE_REPOSITORY, type));
    injectPackage.ifPresent(
        p -> {
          repository.addAnnotation(ClassName.get(p, "Singleton"));
          constructor.addAnnotation(ClassName.get(p, "Inject"));
        });
    repository.addMethod(constructor.build());

    CodeBlock.Builder key =
        CodeBlock.builder()
            .add("return newKey($T.$L, $N", schema, partition.constantName(), keyParameters.get(0));
    sort.ifPresent(s -> key.add(", $T.$L, $N", schema, s.constantName(), keyParameters.get(1)));
    repository.addMethod(
        keyed("key", ParameterizedTypeName.get(KEY, type), keyParameters)
            .addJavadoc("The primary key of an item.\n")
            .addStatement(key.add(")").build())
            .build());
    repository.addMethod(
        keyed("get", ParameterizedTypeName.get(ClassName.get(Optional.class), type), keyParameters)
            .addJavadoc("The item with this key, if any.\n")
            .addStatement("return getOperation($L).execute()", keyArguments)
            .build());
    repository.addMethod(
        keyed("getOperation", ParameterizedTypeName.get(GET, type), keyParameters)
            .addJavadoc("A read of the item with this key, to refine or explain.\n")
            .addStatement("return newGet(key($L))", keyArguments)
            .build());
    repository.addMethod(
        keyed("update", ParameterizedTypeName.get(UPDATE, type), keyParameters)
            .addJavadoc(
                "An update of the item with this key (created if absent): add actions, then {@code execute()}.\n")
            .addStatement("return newUpdate(key($L))", keyArguments)
            .build());
    repository.addMethod(
        keyed(
                "delete",
                ParameterizedTypeName.get(ClassName.get(Optional.class), type),
                keyParameters)
            .addJavadoc("Deletes the item with this key and returns it, if there was one.\n")
            .addStatement("return deleteOperation($L).execute()", keyArguments)
            .build());
    repository.addMethod(
        keyed("deleteOperation", ParameterizedTypeName.get(DELETE, type), keyParameters)
            .addJavadoc("A delete of the item with this key, to make conditional or explain.\n")
            .addStatement("return newDelete(key($L))", keyArguments)
            .build());
    repository.addMethod(
        keyed("query", queryType(type, sort), keyParameters.subList(0, 1))
            .addJavadoc("The items with this partition key, in sort-key order.\n")
            .addStatement(
                "return newQuery(null, $T.$L, $N$L)",
                schema,
                partition.constantName(),
                keyParameters.get(0),
                sortKeyArgument(schema, sort))
            .build());
    for (TableModel.Index index : entity.table().orElseThrow().indexes()) {
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
  private static TypeName queryType(ClassName type, Optional<Property> sortKey) {
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

  private static MethodSpec.Builder keyed(
      String name, TypeName returns, List<ParameterSpec> parameters) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameters(parameters);
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
