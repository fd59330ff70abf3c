package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.MEMBER_LAYOUT;
import static io.keyspan.processor.base.TypeNames.MEMBER_SCHEMA;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code MSchema} for a member {@code M} of a single table: the typed attribute constants,
 * the layout (item type, key templates and the properties they name) and the member's own
 * attributes; the runtime adds the rendered keys and the item type.
 */
public final class MemberSchemaWriter {

  public TypeSpec.Builder write(SingleTable table, SingleTable.Member member) {
    Entity entity = member.entity();
    ClassName schema = entity.schemaName();
    ParameterizedTypeName layout = ParameterizedTypeName.get(MEMBER_LAYOUT, entity.className());
    return TypeSpec.classBuilder(schema)
        .addJavadoc(
            "The schema of {@link $T}, the item type $S of the single table {@link $T}.\n",
            entity.className(),
            member.itemType(),
            table.className())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(MEMBER_SCHEMA, entity.className()))
        .addFields(ItemCode.constants(entity, Modifier.PUBLIC))
        .addField(
            FieldSpec.builder(layout, "LAYOUT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(layout(table, member))
                .build())
        .addField(SchemaInstance.field(schema))
        .addMethod(SchemaInstance.constructor())
        .addMethod(SchemaInstance.method(schema))
        .addMethod(
            MethodSpec.methodBuilder("layout")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(layout)
                .addStatement("return LAYOUT")
                .build())
        .addMethod(ItemCode.write("attributesOf", entity, "item"))
        .addMethod(ItemCode.read("fromAttributes", entity, "item"));
  }

  /**
   *
   *
   * <pre>{@code
   * MemberLayout.builder(Order.class, "Order", ShopItemSchema.TABLE)
   *     .component("orderId", ORDER_ID, item -> item.orderId())
   *     .key("CUSTOMER#{customerId}", "ORDER#{placedAt}#{orderId}")
   *     .index("GSI1", "ORDER#{orderId}", "ORDER")
   *     .build()
   * }</pre>
   */
  private static CodeBlock layout(SingleTable table, SingleTable.Member member) {
    Entity entity = member.entity();
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add(
                "$T.builder($T.class, $S, $T.TABLE)$>$>",
                MEMBER_LAYOUT,
                entity.className(),
                member.itemType(),
                table.schemaName());
    Set<String> components = new LinkedHashSet<>();
    member.templates().forEach(template -> components.addAll(template.components()));
    for (String component : components) {
      Property property = member.property(component).orElseThrow();
      code.add(
          "\n.component($S, $L, item -> item.$L)",
          component,
          property.constantName(),
          ItemCode.access(property.read()));
    }
    for (SingleTable.Template template : member.templates()) {
      CodeBlock sort =
          template.sort() == null
              ? CodeBlock.of("null")
              : CodeBlock.of("$S", template.sort().text());
      if (template.index() == null) {
        code.add("\n.key($S, $L)", template.partition().text(), sort);
      } else {
        code.add("\n.index($S, $S, $L)", template.index(), template.partition().text(), sort);
      }
    }
    return code.add("\n.build()$<$<").build();
  }
}
