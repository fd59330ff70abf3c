package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.INDEX_DEFINITION;
import static io.keyspan.processor.base.TypeNames.INDEX_PROJECTION;
import static io.keyspan.processor.base.TypeNames.KEY_DEFINITION;
import static io.keyspan.processor.base.TypeNames.SCALAR_TYPE;
import static io.keyspan.processor.base.TypeNames.TABLE_DEFINITION;
import static io.keyspan.processor.base.TypeNames.TABLE_SCHEMA;
import static io.keyspan.processor.base.TypeNames.THROUGHPUT;
import static io.keyspan.processor.base.TypeNames.TIMESTAMP_DEFINITION;
import static io.keyspan.processor.base.TypeNames.ZONE_OFFSET;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TableModel;
import io.keyspan.processor.model.TypeMapping;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TSchema} for a {@code @Table} type: the typed attribute constants, the table
 * definition, and straight-line {@code toItem}/{@code fromItem}.
 */
public final class SchemaWriter {

  public TypeSpec.Builder write(Entity entity) {
    ClassName schema = entity.schemaName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(schema)
            .addJavadoc(
                "The table schema of {@link $T}: typed attributes, table definition and item mapping.\n",
                entity.className())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(TABLE_SCHEMA, entity.className()))
            .addField(SchemaInstance.field(schema))
            .addFields(ItemCode.constants(entity, Modifier.PUBLIC))
            .addField(
                FieldSpec.builder(
                        TABLE_DEFINITION,
                        "definition",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(definition(entity))
                    .build())
            .addMethod(SchemaInstance.constructor())
            .addMethod(SchemaInstance.method(schema))
            .addMethod(SchemaInstance.definition(TABLE_DEFINITION, "definition"))
            .addMethod(ItemCode.write("toItem", entity, "item"))
            .addMethod(ItemCode.read("fromItem", entity, "item"))
            .addMethod(ItemCode.writeNative("toItem", entity, "item"))
            .addMethod(ItemCode.readNative("fromItem", entity, "item"));
    return type;
  }

  /**
   *
   *
   * <pre>{@code
   * TableDefinition.builder("Users", KeyDefinition.of("UserID", ScalarAttributeType.S))
   *     .index(IndexDefinition.global("ByEmail", KeyDefinition.of("Email", ScalarAttributeType.S), null, IndexProjection.ALL, null))
   *     .onDemand()
   *     .build()
   * }</pre>
   */
  private CodeBlock definition(Entity entity) {
    TableModel table = entity.table().orElseThrow();
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.builder($S, $L)$>$>",
                TABLE_DEFINITION,
                table.name(),
                key(entity.partitionKey().orElseThrow()));
    entity.sortKey().ifPresent(sortKey -> code.add("\n.sortKey($L)", key(sortKey)));
    if (table.onDemand()) {
      code.add("\n.onDemand()");
    } else {
      code.add("\n.provisioned($LL, $LL)", table.readCapacity(), table.writeCapacity());
    }
    for (TableModel.Index index : table.indexes()) {
      CodeBlock sortKey = index.sortKey() == null ? CodeBlock.of("null") : key(index.sortKey());
      if (index.global()) {
        CodeBlock throughput = throughput(table, index.readCapacity(), index.writeCapacity());
        // a multi-attribute key: IndexDefinition.global("ByBracket", List.of(...), List.of(...),
        // ...)
        code.add(
            "\n.index($T.global($S, $L, $L, $L, $L))",
            INDEX_DEFINITION,
            index.name(),
            index.multiAttribute() ? keys(index.partitionKeys()) : key(index.partitionKey()),
            index.multiAttribute() ? keys(index.sortKeys()) : sortKey,
            projection(index.projection(), index.nonKeyAttributes()),
            throughput);
      } else {
        code.add(
            "\n.index($T.local($S, $L, $L, $L))",
            INDEX_DEFINITION,
            index.name(),
            key(index.partitionKey()),
            sortKey,
            projection(index.projection(), index.nonKeyAttributes()));
      }
    }
    for (Property property : entity.properties()) {
      Property.Roles roles = property.roles();
      if (roles.version()) {
        code.add("\n.version($S)", property.attributeName());
      }
      roles
          .counter()
          .ifPresent(
              counter ->
                  code.add(
                      "\n.counter($S, $LL, $LL)",
                      property.attributeName(),
                      counter.start(),
                      counter.delta()));
      roles
          .timestamp()
          .ifPresent(
              kind ->
                  code.add(
                      "\n.$L($T.of($S, $L.converter(), $L))",
                      kind == Property.Timestamp.CREATED ? "createdAt" : "updatedAt",
                      TIMESTAMP_DEFINITION,
                      property.attributeName(),
                      property.constantName(),
                      fromInstant(property.mapping())));
      if (roles.timeToLive()) {
        code.add("\n.timeToLive($S)", property.attributeName());
      }
    }
    return code.add("\n.build()$<$<").build();
  }

  /** {@code List.of(KeyDefinition.of("Tournament", ScalarAttributeType.S), ...)}. */
  private static CodeBlock keys(List<Property> properties) {
    return CodeBlock.of(
        "$T.of($L)",
        List.class,
        properties.stream().map(SchemaWriter::key).collect(CodeBlock.joining(", ")));
  }

  static CodeBlock key(Property property) {
    String type;
    switch (property.mapping().kind()) {
      case NUMBER:
        type = "N";
        break;
      case BINARY:
        type = "B";
        break;
      default:
        type = "S";
    }
    return CodeBlock.of(
        "$T.of($S, $T.$L)", KEY_DEFINITION, property.attributeName(), SCALAR_TYPE, type);
  }

  /** {@code IndexProjection.ALL}, or {@code IndexProjection.include(List.of("Total"))}. */
  static CodeBlock projection(String projection, List<String> include) {
    if (projection.equals("INCLUDE")) {
      CodeBlock names =
          include.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "));
      return CodeBlock.of("$T.include($T.of($L))", INDEX_PROJECTION, List.class, names);
    }
    return CodeBlock.of("$T.$L", INDEX_PROJECTION, projection);
  }

  /**
   * A global index's {@code Throughput.of(read, write)}, a 0 taking the table's capacity; {@code
   * null} when neither is set, so the index gets the table's.
   */
  static CodeBlock throughput(TableModel table, long read, long write) {
    return read == 0 && write == 0
        ? CodeBlock.of("null")
        : CodeBlock.of(
            "$T.of($LL, $LL)",
            THROUGHPUT,
            read == 0 ? table.readCapacity() : read,
            write == 0 ? table.writeCapacity() : write);
  }

  /** How the clock's instant becomes the timestamp property's type. */
  private static CodeBlock fromInstant(TypeMapping mapping) {
    String type = mapping.javaType().toString();
    switch (type) {
      case "java.time.OffsetDateTime":
        return CodeBlock.of("instant -> instant.atOffset($T.UTC)", ZONE_OFFSET);
      case "java.time.ZonedDateTime":
        return CodeBlock.of("instant -> instant.atZone($T.UTC)", ZONE_OFFSET);
      case "java.time.LocalDateTime":
        return CodeBlock.of(
            "instant -> $T.ofInstant(instant, $T.UTC)",
            ClassName.get(LocalDateTime.class),
            ZONE_OFFSET);
      case "java.time.LocalDate":
        return CodeBlock.of(
            "instant -> $T.ofInstant(instant, $T.UTC)",
            ClassName.get(LocalDate.class),
            ZONE_OFFSET);
      case "java.lang.Long":
        return CodeBlock.of("instant -> instant.toEpochMilli()");
      default:
        return CodeBlock.of("instant -> instant");
    }
  }
}
