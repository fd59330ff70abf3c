package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.ATTRIBUTE_CONVERTER;
import static io.keyspan.processor.base.TypeNames.DOCUMENT_ATTRIBUTE;
import static io.keyspan.processor.base.TypeNames.DOCUMENT_SCHEMA;
import static io.keyspan.processor.base.TypeNames.ENCODINGS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.keyspan.processor.base.TypeNames;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TypeMapping;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code DSchema} for a {@code @Document} type: the map mapping, its converter, and the
 * nested {@code Paths} attribute class whose methods lead into the document's fields.
 */
public final class DocumentSchemaWriter {
  private static final String NULL_WRITING = "converterWritingNulls";

  /** Methods of DocumentAttribute that a field method must not hide. */
  private static final Set<String> TAKEN =
      Set.of(
          "path",
          "converter",
          "toValue",
          "eq",
          "ne",
          "in",
          "exists",
          "notExists",
          "hasType",
          "write",
          "writeOptional",
          "read",
          "readOptional",
          "absent",
          "size",
          "toString",
          "hashCode",
          "equals",
          "getClass");

  /** The static method of {@code DSchema} that returns the converter a mapping uses. */
  static String converterMethod(TypeMapping.Document document) {
    return document.nullFields() ? NULL_WRITING : "converter";
  }

  private static CodeBlock fieldNames(Entity document) {
    return document.properties().stream()
        .map(p -> CodeBlock.of("$S", p.attributeName()))
        .collect(CodeBlock.joining(", "));
  }

  public TypeSpec.Builder write(Entity document) {
    ClassName schema = document.schemaName();
    ClassName paths = schema.nestedClass("Paths");
    return TypeSpec.classBuilder(schema)
        .addJavadoc(
            "The document schema of {@link $T}: its map mapping and typed paths into its fields.\n",
            document.className())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(DOCUMENT_SCHEMA, document.className()))
        .addField(SchemaInstance.field(schema))
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(ATTRIBUTE_CONVERTER, document.className()),
                    "converter",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("$T.document(instance)", TypeNames.CONVERTERS)
                .build())
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(ATTRIBUTE_CONVERTER, document.className()),
                    NULL_WRITING,
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(
                    "$T.nullFields(converter, $T.of($L))",
                    ENCODINGS,
                    List.class,
                    fieldNames(document))
                .build())
        .addFields(ItemCode.constants(document, Modifier.PRIVATE))
        .addMethod(SchemaInstance.constructor())
        .addMethod(
            MethodSpec.methodBuilder("instance")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(schema)
                .addStatement("return instance")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("converter")
                .addJavadoc("Stores the document as a map (M).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ATTRIBUTE_CONVERTER, document.className()))
                .addStatement("return converter")
                .build())
        .addMethod(
            MethodSpec.methodBuilder(NULL_WRITING)
                .addJavadoc(
                    "Stores the document as a map (M) in which every null field is NULL, as {@code @StoredAs(NULL_FIELDS_NULL)} chooses.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ATTRIBUTE_CONVERTER, document.className()))
                .addStatement("return $L", NULL_WRITING)
                .build())
        .addMethod(ItemCode.write("toMap", document, "map"))
        .addMethod(ItemCode.read("fromMap", document, "map"))
        .addMethod(ItemCode.writeNative("toMap", document, "map"))
        .addMethod(ItemCode.readNative("fromMap", document, "map"))
        .addType(paths(document, paths));
  }

  /**
   *
   *
   * <pre>{@code
   * public static final class Paths extends DocumentAttribute<Address> {
   *   public StringAttribute<String> city() { return new StringAttribute<>(path().attribute("City"), Converters.STRING); }
   * }
   * }</pre>
   */
  private TypeSpec paths(Entity document, ClassName paths) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(paths)
            .addJavadoc(
                "A {@link $T} at a document path, with typed paths into its fields.\n",
                document.className())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(DOCUMENT_ATTRIBUTE, document.className()))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(TypeNames.PATH, "path")
                    .addStatement("super(path, instance)")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(TypeNames.PATH, "path")
                    .addParameter(
                        ParameterizedTypeName.get(ATTRIBUTE_CONVERTER, document.className()),
                        "converter")
                    .addStatement("super(path, converter)")
                    .build());
    for (Property property : document.properties()) {
      String name =
          TAKEN.contains(property.javaName()) ? property.javaName() + "Field" : property.javaName();
      CodeBlock path = CodeBlock.of("path().attribute($S)", property.attributeName());
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc("The field {@code $L} of this document.\n", property.attributeName())
              .addModifiers(Modifier.PUBLIC)
              .returns(Mappings.attributeType(property.mapping()))
              .addStatement("return $L", Mappings.newAttribute(property.mapping(), path, 0))
              .build());
    }
    return type.build();
  }
}
