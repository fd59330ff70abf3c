package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.INDEX_DEFINITION;
import static io.keyspan.processor.base.TypeNames.KEY_DEFINITION;
import static io.keyspan.processor.base.TypeNames.MEMBER_SCHEMA;
import static io.keyspan.processor.base.TypeNames.SCALAR_TYPE;
import static io.keyspan.processor.base.TypeNames.SINGLE_TABLE_DEFINITION;
import static io.keyspan.processor.base.TypeNames.SINGLE_TABLE_SCHEMA;
import static io.keyspan.processor.base.TypeNames.TABLE_DEFINITION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.model.TableModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TSchema} for a single table: the physical table ({@code TABLE}, which the member
 * schemas build their layouts on) and the list of member schemas.
 */
public final class SingleTableSchemaWriter {

  public TypeSpec.Builder write(SingleTable table) {
    ClassName schema = table.schemaName();
    TypeName members =
        ParameterizedTypeName.get(
            ClassName.get(List.class),
            ParameterizedTypeName.get(
                MEMBER_SCHEMA, WildcardTypeName.subtypeOf(table.className())));
    CodeBlock memberList =
        table.members().stream()
            .map(member -> CodeBlock.of("$T.instance()", member.entity().schemaName()))
            .collect(CodeBlock.joining(", "));
    return TypeSpec.classBuilder(schema)
        .addJavadoc(
            "The single-table schema of {@link $T}: the shared table and the schema of each member.\n",
            table.className())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(SINGLE_TABLE_SCHEMA, table.className()))
        .addField(
            FieldSpec.builder(
                    SINGLE_TABLE_DEFINITION,
                    "TABLE",
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc("The physical table, shared by every member.\n")
                .initializer(definition(table))
                .build())
        .addField(SchemaInstance.field(schema))
        .addMethod(SchemaInstance.constructor())
        .addMethod(SchemaInstance.method(schema))
        .addMethod(SchemaInstance.definition(SINGLE_TABLE_DEFINITION, "TABLE"))
        .addMethod(
            MethodSpec.methodBuilder("members")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(members)
                .addStatement("return $T.of($L)", List.class, memberList)
                .build());
  }

  /**
   *
   *
   * <pre>{@code
   * SingleTableDefinition.withTypeAttribute(
   *     TableDefinition.builder("Shop", KeyDefinition.of("PK", ScalarAttributeType.S))
   *         .sortKey(KeyDefinition.of("SK", ScalarAttributeType.S))
   *         .onDemand()
   *         .index(IndexDefinition.global("GSI1", KeyDefinition.of("GSI1PK", ScalarAttributeType.S), KeyDefinition.of("GSI1SK", ScalarAttributeType.S), IndexProjection.ALL, null))
   *         .build(),
   *     "_type")
   * }</pre>
   */
  private static CodeBlock definition(SingleTable table) {
    TableModel settings = table.settings();
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.builder($S, $L)$>$>",
                TABLE_DEFINITION,
                settings.name(),
                key(table.key().partitionKey()));
    if (table.key().sortKey() != null) {
      code.add("\n.sortKey($L)", key(table.key().sortKey()));
    }
    if (settings.onDemand()) {
      code.add("\n.onDemand()");
    } else {
      code.add("\n.provisioned($LL, $LL)", settings.readCapacity(), settings.writeCapacity());
    }
    for (SingleTable.KeyAttributes index : table.indexes()) {
      SingleTable.IndexStorage storage = index.storage();
      boolean multi = index.multiAttribute();
      code.add(
          "\n.index($T.global($S, $L, $L, $L, $L))",
          INDEX_DEFINITION,
          index.index(),
          multi ? keys(table, index.partitionKeys()) : key(index.partitionKey()),
          multi
              ? keys(table, index.sortKeys())
              : index.sortKey() == null ? CodeBlock.of("null") : key(index.sortKey()),
          SchemaWriter.projection(storage.projection(), storage.include()),
          SchemaWriter.throughput(settings, storage.readCapacity(), storage.writeCapacity()));
    }
    CodeBlock physical = code.add("\n.build()$<$<").build();
    return table
        .typeAttribute()
        .map(
            attribute ->
                CodeBlock.of(
                    "$T.withTypeAttribute(\n$>$>$L,\n$S$<$<)",
                    SINGLE_TABLE_DEFINITION,
                    physical,
                    attribute))
        .orElseGet(
            () ->
                CodeBlock.of(
                    "$T.withTypeFromKeys(\n$>$>$L$<$<)", SINGLE_TABLE_DEFINITION, physical));
  }

  /**
   * {@code List.of(KeyDefinition.of("league", ScalarAttributeType.S), ...)}: a multi-attribute
   * index's attributes, typed as the members' properties that store them (one type across members,
   * which the validator checks); a string when no member stores it.
   */
  private static CodeBlock keys(SingleTable table, List<String> attributes) {
    return CodeBlock.of(
        "$T.of($L)",
        List.class,
        attributes.stream()
            .map(
                attribute ->
                    table.members().stream()
                        .flatMap(m -> m.entity().properties().stream())
                        .filter(p -> p.attributeName().equals(attribute))
                        .findFirst()
                        .map(SchemaWriter::key)
                        .orElseGet(() -> key(attribute)))
            .collect(CodeBlock.joining(", ")));
  }

  private static CodeBlock key(String attribute) {
    return CodeBlock.of("$T.of($S, $T.S)", KEY_DEFINITION, attribute, SCALAR_TYPE);
  }
}
