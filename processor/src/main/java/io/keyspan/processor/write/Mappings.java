package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.ATTRIBUTE_VALUE_TYPE;
import static io.keyspan.processor.base.TypeNames.BINARY_ATTRIBUTE;
import static io.keyspan.processor.base.TypeNames.CONVERTERS;
import static io.keyspan.processor.base.TypeNames.LIST_ATTRIBUTE;
import static io.keyspan.processor.base.TypeNames.MAP_ATTRIBUTE;
import static io.keyspan.processor.base.TypeNames.NUMBER_ATTRIBUTE;
import static io.keyspan.processor.base.TypeNames.SET_ATTRIBUTE;
import static io.keyspan.processor.base.TypeNames.STRING_ATTRIBUTE;
import static io.keyspan.processor.base.TypeNames.TYPED_ATTRIBUTE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.keyspan.processor.model.TypeMapping;

/**
 * The code of a mapping: its converter, its typed attribute's type, and the expression that creates
 * the typed attribute at a path. Shared by the schema and document writers.
 */
final class Mappings {

  private Mappings() {}

  /**
   * {@code Converters.STRING}, {@code Converters.list(Converters.INTEGER)}, {@code
   * AddressSchema.converter()}.
   */
  static CodeBlock converter(TypeMapping mapping) {
    if (mapping instanceof TypeMapping.BuiltIn builtIn) {
      return CodeBlock.of("$T.$L", builtIn.owner(), builtIn.converterConstant());
    }
    if (mapping instanceof TypeMapping.EnumType enumType) {
      return CodeBlock.of(
          "$T.<$T>enumeration($S, $T::valueOf)",
          CONVERTERS,
          enumType.javaType(),
          enumType.javaType().simpleName(),
          enumType.javaType());
    }
    if (mapping instanceof TypeMapping.ListOf list) {
      return CodeBlock.of("$T.list($L)", CONVERTERS, converter(list.element()));
    }
    if (mapping instanceof TypeMapping.SetOf set) {
      return CodeBlock.of(
          "$T.set($T.$L, $L)",
          CONVERTERS,
          ATTRIBUTE_VALUE_TYPE,
          set.setType(),
          converter(set.member()));
    }
    if (mapping instanceof TypeMapping.MapOf map) {
      return CodeBlock.of("$T.map($L)", CONVERTERS, converter(map.value()));
    }
    if (mapping instanceof TypeMapping.Document document) {
      return CodeBlock.of(
          "$T.$L()", document.schema(), DocumentSchemaWriter.converterMethod(document));
    }
    return CodeBlock.of("new $T()", ((TypeMapping.Converted) mapping).converter());
  }

  /**
   * {@code StringAttribute<String>}, {@code ListAttribute<Integer, NumberAttribute<Integer>>}, ...
   */
  static TypeName attributeType(TypeMapping mapping) {
    if (mapping instanceof TypeMapping.ListOf list) {
      return ParameterizedTypeName.get(
          LIST_ATTRIBUTE, list.element().javaType(), attributeType(list.element()));
    }
    if (mapping instanceof TypeMapping.SetOf set) {
      return ParameterizedTypeName.get(SET_ATTRIBUTE, set.member().javaType());
    }
    if (mapping instanceof TypeMapping.MapOf map) {
      return ParameterizedTypeName.get(
          MAP_ATTRIBUTE, map.value().javaType(), attributeType(map.value()));
    }
    if (mapping instanceof TypeMapping.Document document) {
      return document.schema().nestedClass("Paths");
    }
    return ParameterizedTypeName.get(scalarClass(mapping), mapping.javaType());
  }

  /** The expression creating the typed attribute at {@code path}. */
  static CodeBlock newAttribute(TypeMapping mapping, CodeBlock path, int depth) {
    if (mapping instanceof TypeMapping.ListOf list) {
      String p = "p" + depth;
      return CodeBlock.of(
          "new $T<>($L, $L, $L -> $L)",
          LIST_ATTRIBUTE,
          path,
          converter(list.element()),
          p,
          newAttribute(list.element(), CodeBlock.of("$L", p), depth + 1));
    }
    if (mapping instanceof TypeMapping.SetOf set) {
      return CodeBlock.of(
          "new $T<>($L, $T.$L, $L)",
          SET_ATTRIBUTE,
          path,
          ATTRIBUTE_VALUE_TYPE,
          set.setType(),
          converter(set.member()));
    }
    if (mapping instanceof TypeMapping.MapOf map) {
      String p = "p" + depth;
      return CodeBlock.of(
          "new $T<>($L, $L, $L -> $L)",
          MAP_ATTRIBUTE,
          path,
          converter(map.value()),
          p,
          newAttribute(map.value(), CodeBlock.of("$L", p), depth + 1));
    }
    if (mapping instanceof TypeMapping.Document document) {
      if (document.nullFields()) {
        return CodeBlock.of(
            "new $T($L, $L)", document.schema().nestedClass("Paths"), path, converter(document));
      }
      return CodeBlock.of("new $T($L)", document.schema().nestedClass("Paths"), path);
    }
    return CodeBlock.of("new $T<>($L, $L)", scalarClass(mapping), path, converter(mapping));
  }

  private static ClassName scalarClass(TypeMapping mapping) {
    switch (mapping.kind()) {
      case STRING:
        return STRING_ATTRIBUTE;
      case NUMBER:
        return NUMBER_ATTRIBUTE;
      case BINARY:
        return BINARY_ATTRIBUTE;
      default:
        return TYPED_ATTRIBUTE;
    }
  }
}
