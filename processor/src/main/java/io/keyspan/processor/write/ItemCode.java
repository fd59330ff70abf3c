package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.ATTRIBUTE_VALUE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import io.keyspan.processor.base.TypeNames;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.schema.PrimitiveFields;
import io.keyspan.value.ValueCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

  /** The type variable of an engine's own attribute value type. */
  private static final TypeVariableName NATIVE = TypeVariableName.get("N");

  private static final ClassName VALUE_CODEC = ClassName.get(ValueCodec.class);
  private static final ClassName PRIMITIVE_FIELDS = ClassName.get(PrimitiveFields.class);

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
   * The same mapping in an engine's own values, into a presized map, primitives unboxed:
   *
   * <pre>{@code
   * public <N> Map<String, N> toItem(User source, ValueCodec<N> codec) {
   *   Map<String, N> item = new HashMap<>(3);
   *   PrimitiveFields.writeString(USER_ID, item, source.userId(), codec);
   *   PrimitiveFields.writeInt(AGE, item, source.age(), codec);
   *   return item;
   * }
   * }</pre>
   */
  static MethodSpec writeNative(String name, Entity entity, String mapName) {
    TypeName nativeMap = nativeMap();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(NATIVE)
            .returns(nativeMap)
            .addParameter(entity.className(), "source")
            .addParameter(codecType(), "codec")
            .addStatement(
                "$T $L = new $T<>($L)",
                nativeMap,
                mapName,
                HashMap.class,
                entity.properties().size() * 4 / 3 + 1);
    for (Property property : entity.properties()) {
      Optional<String> primitive = primitiveSuffix(property);
      if (primitive.isPresent()) {
        method.addStatement(
            "$T.write$L($L, $L, source.$L, codec)",
            PRIMITIVE_FIELDS,
            primitive.get(),
            property.constantName(),
            mapName,
            access(property.read()));
      } else {
        method.addStatement(
            "$L.$L($L, source.$L, codec)",
            property.constantName(),
            property.optional() ? "writeOptional" : "write",
            mapName,
            access(property.read()));
      }
    }
    return method.addStatement("return $L", mapName).build();
  }

  /**
   * {@code Int} for an {@code int} property stored by {@code Converters.INTEGER}, likewise {@code
   * Long}, {@code Double} and {@code Boolean}, and {@code String} for a (non-optional) {@code
   * String} property stored by {@code Converters.STRING}: the properties {@code PrimitiveFields}
   * maps without the converter.
   */
  private static Optional<String> primitiveSuffix(Property property) {
    if (property.optional()
        || !(property.mapping() instanceof TypeMapping.BuiltIn builtIn)
        || !builtIn.owner().equals(TypeNames.CONVERTERS)) {
      return Optional.empty();
    }
    if (property.primitive().isEmpty()) {
      return builtIn.converterConstant().equals("STRING")
          ? Optional.of("String")
          : Optional.empty();
    }
    String expected;
    switch (property.primitive().get()) {
      case INT:
        expected = "INTEGER";
        break;
      case LONG:
        expected = "LONG";
        break;
      case DOUBLE:
        expected = "DOUBLE";
        break;
      case BOOLEAN:
        expected = "BOOLEAN";
        break;
      default:
        return Optional.empty();
    }
    if (!builtIn.converterConstant().equals(expected)) {
      return Optional.empty();
    }
    String lower = property.primitive().get().name().toLowerCase(Locale.ROOT);
    return Optional.of(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  private static TypeName nativeMap() {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), NATIVE);
  }

  private static TypeName codecType() {
    return ParameterizedTypeName.get(VALUE_CODEC, NATIVE);
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
    return construct(method, entity, property -> readValue(property, mapName));
  }

  /**
   * The same mapping from an engine's own values, primitives unboxed:
   *
   * <pre>{@code
   * public <N> User fromItem(Map<String, N> item, ValueCodec<N> codec) {
   *   return new User(
   *       PrimitiveFields.readString(USER_ID, item, codec),
   *       PrimitiveFields.readInt(AGE, item, codec));
   * }
   * }</pre>
   */
  static MethodSpec readNative(String name, Entity entity, String mapName) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(NATIVE)
            .returns(entity.className())
            .addParameter(nativeMap(), mapName)
            .addParameter(codecType(), "codec");
    return construct(method, entity, property -> readNativeValue(property, mapName));
  }

  private static CodeBlock readNativeValue(Property property, String mapName) {
    Optional<String> primitive = primitiveSuffix(property);
    if (primitive.isPresent()) {
      return CodeBlock.of(
          "$T.read$L($L, $L, codec)",
          PRIMITIVE_FIELDS,
          primitive.get(),
          property.constantName(),
          mapName);
    }
    if (property.optional()) {
      return CodeBlock.of("$L.readOptional($L, codec)", property.constantName(), mapName);
    }
    if (property.primitive().isPresent()) {
      return CodeBlock.of(
          "$L.read($L, $L, codec)",
          property.constantName(),
          mapName,
          zero(property.primitive().get()));
    }
    return CodeBlock.of("$L.read($L, codec)", property.constantName(), mapName);
  }

  /** Creates the object from each property's value: by constructor, or as a bean. */
  private static MethodSpec construct(
      MethodSpec.Builder method, Entity entity, Function<Property, CodeBlock> value) {
    if (entity.construction() == Entity.Construction.BEAN) {
      method.addStatement("$T target = new $T()", entity.className(), entity.className());
      for (Property property : entity.properties()) {
        if (property.setter() != null) {
          method.addStatement("target.$L($L)", property.setter(), value.apply(property));
        } else {
          method.addStatement("target.$L = $L", property.javaName(), value.apply(property));
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
              : value.apply(argument.property()));
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
