package io.keyspan.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.keyspan.processor.base.TypeNames;

/**
 * How one Java type is stored: a built-in converter, an enum, a collection of mapped elements, a
 * generated document schema, or a user converter. Recursive for collections.
 */
public sealed interface TypeMapping
    permits TypeMapping.BuiltIn,
        TypeMapping.EnumType,
        TypeMapping.ListOf,
        TypeMapping.SetOf,
        TypeMapping.MapOf,
        TypeMapping.Document,
        TypeMapping.Converted {

  /** The Java type, boxed when primitive (the type parameter of its attribute). */
  TypeName javaType();

  ValueKind kind();

  /**
   * A type with a converter constant in the runtime: {@code owner.converterConstant}, such as
   * {@code Converters.STRING} or {@code JsonNodeConverter.INSTANCE}.
   */
  record BuiltIn(TypeName javaType, ValueKind kind, ClassName owner, String converterConstant)
      implements TypeMapping {
    /** A constant of {@code io.keyspan.schema.Converters}. */
    public static BuiltIn converters(TypeName javaType, ValueKind kind, String converterConstant) {
      return new BuiltIn(javaType, kind, TypeNames.CONVERTERS, converterConstant);
    }
  }

  /** An enum, stored by constant name. */
  record EnumType(ClassName javaType) implements TypeMapping {
    @Override
    public ValueKind kind() {
      return ValueKind.STRING;
    }
  }

  record ListOf(TypeName javaType, TypeMapping element) implements TypeMapping {
    @Override
    public ValueKind kind() {
      return ValueKind.LIST;
    }
  }

  /** A set whose members are stored as {@code memberKind} (S, N or B): SS, NS or BS. */
  record SetOf(TypeName javaType, TypeMapping member) implements TypeMapping {
    @Override
    public ValueKind kind() {
      return ValueKind.SET;
    }

    /** SS, NS or BS. */
    public String setType() {
      switch (member.kind()) {
        case STRING:
          return "SS";
        case NUMBER:
          return "NS";
        default:
          return "BS";
      }
    }
  }

  /** A map with string keys. */
  record MapOf(TypeName javaType, TypeMapping value) implements TypeMapping {
    @Override
    public ValueKind kind() {
      return ValueKind.MAP;
    }
  }

  /**
   * A {@code @Document} type, mapped by its generated schema {@code schema}.
   *
   * @param nullFields whether its null fields are stored as NULL rather than left out
   */
  record Document(ClassName javaType, ClassName schema, boolean nullFields) implements TypeMapping {
    @Override
    public ValueKind kind() {
      return ValueKind.MAP;
    }
  }

  /**
   * A type stored by a user converter, created with its no-argument constructor.
   *
   * @param kind STRING, NUMBER or BINARY when the converter's {@code toAttributeValue} declares
   *     that it returns {@code AttributeValue.S}, {@code N} or {@code B}; CONVERTED otherwise
   */
  record Converted(TypeName javaType, ClassName converter, ValueKind kind) implements TypeMapping {}
}
