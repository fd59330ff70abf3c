package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.COLLECTION_QUERY;
import static io.keyspan.processor.base.TypeNames.KEY_PATTERN;
import static io.keyspan.processor.base.TypeNames.SINGLE_TABLE_REPOSITORY;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.keyspan.processor.model.Names;
import io.keyspan.processor.model.SingleTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code TTable} for a single table: table administration and one method per {@code
 * Collection}, which reads the items of every member under one partition and returns them as the
 * sealed type. {@code @Singleton} with an {@code @Inject} constructor when JSR-330 is on the
 * classpath.
 */
public final class SingleTableRepositoryWriter {
  private final Optional<String> injectPackage;

  public SingleTableRepositoryWriter(Elements elements) {
    this.injectPackage = InjectPackage.visibleIn(elements);
  }

  public TypeSpec.Builder write(SingleTable table) {
    TypeSpec.Builder repository =
        TypeSpec.classBuilder(table.tableName())
            .addJavadoc(
                "The single table of {@link $T}: its administration and its collections.\n",
                table.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(SINGLE_TABLE_REPOSITORY, table.className()));
    repository.addMethod(
        KeyedMethods.constructor(
            repository, injectPackage, "The single table of {@code keyspan}.", table.schemaName()));
    for (SingleTable.CollectionModel collection : table.collections()) {
      String constant = Names.constantName(collection.name());
      repository.addField(
          FieldSpec.builder(
                  KEY_PATTERN, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.parse($S)", KEY_PATTERN, collection.partition().text())
              .build());
      repository.addMethod(collection(table, collection, constant));
    }
    return repository;
  }

  /** {@code customer(customerId)}: {@code newCollection(null, CUSTOMER, customerId)}. */
  private static MethodSpec collection(
      SingleTable table, SingleTable.CollectionModel collection, String constant) {
    List<SingleTable.Member> members = table.membersOf(collection);
    SingleTable.Member first = members.get(0);
    List<String> names = collection.partition().components();
    List<String> firstNames =
        first.template(collection.index()).orElseThrow().partition().components();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(collection.name())
            .addJavadoc(
                "The items under {@code $L}$L: $L.\n",
                collection.partition().text(),
                collection.index() == null ? "" : " of the index " + collection.index(),
                members.stream()
                    .map(
                        m ->
                            "{@link "
                                + String.join(".", m.entity().className().simpleNames())
                                + "}")
                    .collect(Collectors.joining(", ")))
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(COLLECTION_QUERY, table.className()));
    for (int i = 0; i < names.size(); i++) {
      TypeName type = TypeName.get(first.property(firstNames.get(i)).orElseThrow().type());
      method.addParameter(type, names.get(i));
    }
    return method
        .addStatement(
            "return newCollection($L, $L$L)",
            collection.index() == null
                ? CodeBlock.of("null")
                : CodeBlock.of("$S", collection.index()),
            constant,
            names.stream().map(n -> CodeBlock.of(", $N", n)).collect(CodeBlock.joining("")))
        .build();
  }
}
