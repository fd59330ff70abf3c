package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.KEY;
import static io.keyspan.processor.base.TypeNames.QUERY;
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
import io.keyspan.processor.model.KeyTemplateText;
import io.keyspan.processor.model.MemberIndexKeys;
import io.keyspan.processor.model.SingleTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code MRepository} for a member {@code M} of a single table: a {@code TableRepository}
 * over the member's schema whose keys are the components of its table-key templates ({@code
 * get(customerId, placedAt, orderId)}), with a query of the member's own items under one partition
 * and one per index it fills ({@code queryByGsi1(orderId)}), or for a multi-attribute index one per
 * legal key prefix ({@link MultiAttributeQueries}). Like {@code TRepository}, it is
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

    TypeSpec.Builder repository =
        TypeSpec.classBuilder(entity.repositoryName())
            .addJavadoc(
                "Typed operations on the $T items ($S) of the single table {@link $T}.\n",
                type,
                member.itemType(),
                table.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(TABLE_REPOSITORY, type));
    repository.addMethod(
        KeyedMethods.constructor(
            repository,
            injectPackage,
            "A repository over the items of {@code keyspan}.",
            entity.schemaName()));
    repository.addMethod(
        KeyedMethods.keyed("key", ParameterizedTypeName.get(KEY, type), keyParameters)
            .addJavadoc("The primary key of an item, rendered from $L.\n", describe(key))
            .addStatement("return newTemplateKey($L)", arguments(key.components()))
            .build());
    KeyedMethods.add(repository, type, keyParameters);
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
    for (SingleTable.KeyAttributes index : table.indexes()) {
      MemberIndexKeys.of(member, index)
          .ifPresent(
              keys ->
                  repository.addMethods(
                      MultiAttributeQueries.write(type, entity.schemaName(), keys)));
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
    return KeyedMethods.keyed(name, returns, parameters)
        .addJavadoc(
            "The $T items $L, in sort-key order.\n",
            member.entity().className(),
            (index == null ? "of the table" : "of the index " + index)
                + " whose key is rendered from "
                + describe(template)
                + ", under one partition")
        .addStatement(
            "return newMemberQuery($L)",
            Stream.concat(
                    Stream.of(index == null ? CodeBlock.of("null") : CodeBlock.of("$S", index)),
                    template.partition().components().stream().map(c -> CodeBlock.of("$N", c)))
                .collect(CodeBlock.joining(", ")))
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

  private static String describe(SingleTable.Template template) {
    KeyTemplateText sort = template.sort();
    return "{@code " + template.partition().text() + (sort == null ? "" : ", " + sort.text()) + "}";
  }
}
