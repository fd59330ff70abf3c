package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.DELETE;
import static io.keyspan.processor.base.TypeNames.GET;
import static io.keyspan.processor.base.TypeNames.KEY;
import static io.keyspan.processor.base.TypeNames.KEYSPAN;
import static io.keyspan.processor.base.TypeNames.QUERY;
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
import io.keyspan.processor.model.KeyTemplateText;
import io.keyspan.processor.model.SingleTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code MRepository} for a member {@code M} of a single table: a {@code TableRepository}
 * over the member's schema whose keys are the components of its table-key templates ({@code
 * get(customerId, placedAt, orderId)}), with a query of the member's own items under one partition
 * and one per index it fills ({@code queryByGsi1(orderId)}). Like {@code TRepository}, it is
 * {@code @Singleton} with an {@code @Inject} constructor when JSR-330 is on the classpath.
 */
public final class MemberRepositoryWriter {
  private final Optional<String> injectPackage;

  public MemberRepositoryWriter(Elements elements) {
    this.injectPackage = InjectPackage.visibleIn(elements);
  }

  public TypeSpec.Builder write(SingleTable table, SingleTable.Member member) {
    Entity entity = member.entity();
    ClassName type = entity.className();
    SingleTable.Template key = member.tableKey().orElseThrow();
    List<ParameterSpec> keyParameters = parameters(member, key.components());
    CodeBlock keyArguments = names(keyParameters);

    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("A repository over the $T items of {@code keyspan}.\n", type)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(KEYSPAN, "keyspan")
            .addStatement("super(keyspan, $T.instance())", entity.schemaName());
    TypeSpec.Builder repository =
        TypeSpec.classBuilder(entity.repositoryName())
            .addJavadoc(
                "Typed operations on the $T items ($S) of the single table {@link $T}.\n",
                type,
                member.itemType(),
                table.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(TABLE_REPOSITORY, type));
    injectPackage.ifPresent(
        p -> {
          repository.addAnnotation(ClassName.get(p, "Singleton"));
          constructor.addAnnotation(ClassName.get(p, "Inject"));
        });
    repository.addMethod(constructor.build());
    repository.addMethod(
        keyed("key", ParameterizedTypeName.get(KEY, type), keyParameters)
            .addJavadoc("The primary key of an item, rendered from $L.\n", describe(key))
            .addStatement("return newTemplateKey($L)", arguments(key.components()))
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
                "An update of the item with this key (created if absent): add actions, then {@code"
                    + " execute()}. Setting a component of an index template rewrites that index's"
                    + " keys; the table key's components cannot change.\n")
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
    if (key.sort() != null && !key.sort().components().isEmpty()) {
      repository.addMethod(query("query", null, member, key));
    }
    for (SingleTable.Template index : member.indexTemplates()) {
      repository.addMethod(
          query(
              "queryBy" + RepositoryWriter.methodSuffix(index.index()),
              index.index(),
              member,
              index));
    }
    return repository;
  }

  /**
   * {@code query(customerId)}: {@code PK = CUSTOMER#{customerId} AND begins_with(SK, "ORDER#")},
   * only this member's items.
   */
  private static MethodSpec query(
      String name, String index, SingleTable.Member member, SingleTable.Template template) {
    List<ParameterSpec> parameters = parameters(member, template.partition().components());
    TypeName returns =
        ParameterizedTypeName.get(
            QUERY,
            member.entity().className(),
            ParameterizedTypeName.get(STRING_SORT_KEY, ClassName.get(String.class)));
    return keyed(name, returns, parameters)
        .addJavadoc(
            "The $T items $L, in sort-key order.\n",
            member.entity().className(),
            (index == null ? "of the table" : "of the index " + index)
                + " whose key is rendered from "
                + describe(template)
                + ", under one partition")
        .addStatement(
            "return newMemberQuery($L, $L)",
            index == null ? CodeBlock.of("null") : CodeBlock.of("$S", index),
            arguments(template.partition().components()))
        .build();
  }

  /** One parameter per distinct component, typed as its property. */
  private static List<ParameterSpec> parameters(SingleTable.Member member, List<String> names) {
    Set<String> distinct = new LinkedHashSet<>(names);
    return distinct.stream()
        .map(
            name ->
                ParameterSpec.builder(
                        TypeName.get(member.property(name).orElseThrow().type()), name)
                    .build())
        .toList();
  }

  /** The component values in template order, a repeated component repeated. */
  private static CodeBlock arguments(List<String> components) {
    return components.stream().map(c -> CodeBlock.of("$N", c)).collect(CodeBlock.joining(", "));
  }

  private static CodeBlock names(List<ParameterSpec> parameters) {
    return parameters.stream().map(p -> CodeBlock.of("$N", p)).collect(CodeBlock.joining(", "));
  }

  private static String describe(SingleTable.Template template) {
    KeyTemplateText sort = template.sort();
    return "{@code " + template.partition().text() + (sort == null ? "" : ", " + sort.text()) + "}";
  }

  private static MethodSpec.Builder keyed(
      String name, TypeName returns, List<ParameterSpec> parameters) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameters(parameters);
  }
}
