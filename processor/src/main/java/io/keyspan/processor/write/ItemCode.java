package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.ATTRIBUTE_VALUE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.keyspan.processor.base.TypeNames;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * The straight-line mapping code shared by table and document schemas: one attribute constant per
 * property, and the methods that write an object into a map and read it back.
 */
final class ItemCode {
  static final TypeName MAP =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ATTRIBUTE_VALUE);

  private ItemCode() {}

  /**
   * {@code public static final StringAttribute<String> USER_ID = new
   * StringAttribute<>(Path.of("UserID"), Converters.STRING);}
   */
  static List<FieldSpec> constants(Entity entity, Modifier visibility) {
    List<FieldSpec> fields = new ArrayList<>();
    for (Property property : entity.properties()) {
      CodeBlock path = CodeBlock.of("$T.of($S)", TypeNames.PATH, property.attributeName());
      fields.add(
          FieldSpec.builder(
                  Mappings.attributeType(property.mapping()),
                  property.constantName(),
                  visibility,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(Mappings.newAttribute(property.mapping(), path, 0))
              .build());
    }
    return fields;
  }

  /**
   *
   *
   * <pre>{@code
   * public Map<String, AttributeValue> toItem(User source) {
   *   Map<String, AttributeValue> item = new LinkedHashMap<>();
   *   USER_ID.write(item, source.userId());
   *   return item;
   * }
   * }</pre>
   */
  static MethodSpec write(String name, Entity entity, String mapName) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(MAP)
            .addParameter(entity.className(), "source")
            .addStatement("$T $L = new $T<>()", MAP, mapName, LinkedHashMap.class);
    for (Property property : entity.properties()) {
      method.addStatement(
          "$L.$L($L, source.$L)",
          property.constantName(),
          property.optional() ? "writeOptional" : "write",
          mapName,
          access(property.read()));
    }
    return method.addStatement("return $L", mapName).build();
  }

  /**
   *
   *
   * <pre>{@code
   * public User fromItem(Map<String, AttributeValue> item) {
   *   return new User(USER_ID.read(item), AGE.read(item, 0));
   * }
   * }</pre>
   */
  static MethodSpec read(String name, Entity entity, String mapName) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(entity.className())
            .addParameter(MAP, mapName);
    if (entity.construction() == Entity.Construction.BEAN) {
      method.addStatement("$T target = new $T()", entity.className(), entity.className());
      for (Property property : entity.properties()) {
        if (property.setter() != null) {
          method.addStatement("target.$L($L)", property.setter(), readValue(property, mapName));
        } else {
          method.addStatement("target.$L = $L", property.javaName(), readValue(property, mapName));
        }
      }
      return method.addStatement("return target").build();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    boolean first = true;
    for (Entity.Argument argument : entity.constructorArguments()) {
      arguments.add(first ? "\n" : ",\n");
      first = false;
      arguments.add(
          argument.property() == null
              ? zero(argument.ignoredKind())
              : readValue(argument.property(), mapName));
    }
    return method.addStatement("return new $T($L)", entity.className(), arguments.build()).build();
  }

  private static CodeBlock readValue(Property property, String mapName) {
    if (property.optional()) {
      return CodeBlock.of("$L.readOptional($L)", property.constantName(), mapName);
    }
    if (property.primitive().isPresent()) {
      return CodeBlock.of(
          "$L.read($L, $L)", property.constantName(), mapName, zero(property.primitive().get()));
    }
    return CodeBlock.of("$L.read($L)", property.constantName(), mapName);
  }

  // userId() for a record component or getter, name for a field
  static CodeBlock access(Property.Accessor accessor) {
    return accessor.method()
        ? CodeBlock.of("$N()", accessor.name())
        : CodeBlock.of("$N", accessor.name());
  }

  /** The Java literal of a type's zero: {@code 0L}, {@code false}, {@code null} for references. */
  static CodeBlock zero(TypeKind kind) {
    switch (kind) {
      case BOOLEAN:
        return CodeBlock.of("false");
      case CHAR:
        return CodeBlock.of("'\\0'");
      case BYTE:
        return CodeBlock.of("(byte) 0");
      case SHORT:
        return CodeBlock.of("(short) 0");
      case INT:
        return CodeBlock.of("0");
      case LONG:
        return CodeBlock.of("0L");
      case FLOAT:
        return CodeBlock.of("0f");
      case DOUBLE:
        return CodeBlock.of("0d");
      default:
        return CodeBlock.of("null");
    }
  }
}
