package io.keyspan.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.model.ValueKind;
import io.keyspan.schema.AttributeConverter;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Convert} converter: a public class with a public no-argument constructor that
 * implements {@code AttributeConverter} of the property's type. Its stored kind is read from the
 * declared return type of {@code toAttributeValue} ({@code AttributeValue.S}, {@code N} or {@code
 * B} make the property usable as a key).
 */
final class ConverterReader {
  private static final String CONVERTER = AttributeConverter.class.getCanonicalName();

  private final Elements elements;
  private final Types types;
  private final Mirrors mirrors;

  ConverterReader(Elements elements, Types types, Mirrors mirrors) {
    this.elements = elements;
    this.types = types;
    this.mirrors = mirrors;
  }

  Optional<TypeMapping> read(
      PropertySource source, TypeMirror propertyType, AnnotationMirror convert, Report report) {
    Optional<TypeMirror> literal = mirrors.classLiteral(convert, "value");
    if (literal.isEmpty()) {
      report.error(
          source.element(),
          convert,
          mirrors.value(convert, "value"),
          Message.CONVERTER_NOT_FOUND,
          source.name());
      return Optional.empty();
    }
    TypeMirror converterType = literal.get();
    if (!(converterType instanceof DeclaredType declared)) {
      report.error(
          source.element(), convert, Message.NOT_A_CONVERTER, converterType, source.name());
      return Optional.empty();
    }
    TypeElement converter = (TypeElement) declared.asElement();
    Optional<DeclaredType> supertype = converterSupertype(converterType);
    if (supertype.isEmpty()) {
      report.error(
          source.element(),
          convert,
          Message.NOT_A_CONVERTER,
          converter.getSimpleName(),
          source.name());
      return Optional.empty();
    }
    boolean constructible =
        converter.getKind() == ElementKind.CLASS
            && converter.getModifiers().contains(Modifier.PUBLIC)
            && !converter.getModifiers().contains(Modifier.ABSTRACT)
            && ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
                .anyMatch(
                    c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    if (!constructible) {
      report.error(
          source.element(),
          convert,
          Message.CONVERTER_CONSTRUCTOR,
          converter.getSimpleName(),
          converter.getSimpleName());
      return Optional.empty();
    }
    if (supertype.get().getTypeArguments().isEmpty()) {
      report.error(
          source.element(),
          convert,
          Message.CONVERTER_TYPE,
          converter.getSimpleName(),
          "a raw type",
          source.name(),
          propertyType,
          propertyType);
      return Optional.empty();
    }
    TypeMirror converted = supertype.get().getTypeArguments().get(0);
    TypeMirror boxed =
        propertyType.getKind().isPrimitive()
            ? types.boxedClass((javax.lang.model.type.PrimitiveType) propertyType).asType()
            : propertyType;
    if (!types.isSameType(converted, boxed)) {
      report.error(
          source.element(),
          convert,
          Message.CONVERTER_TYPE,
          converter.getSimpleName(),
          converted,
          source.name(),
          propertyType,
          propertyType);
      return Optional.empty();
    }
    return Optional.of(
        new TypeMapping.Converted(
            TypeName.get(boxed), ClassName.get(converter), storedKind(converter)));
  }

  private Optional<DeclaredType> converterSupertype(TypeMirror type) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (supertype instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(CONVERTER)) {
        return Optional.of(declared);
      }
      Optional<DeclaredType> found = converterSupertype(supertype);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private ValueKind storedKind(TypeElement converter) {
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(converter))) {
      if (method.getSimpleName().contentEquals("toAttributeValue")
          && method.getEnclosingElement().getKind() == ElementKind.CLASS
          && method.getReturnType() instanceof DeclaredType returned) {
        String name = ((TypeElement) returned.asElement()).getQualifiedName().toString();
        switch (name) {
          case "io.keyspan.value.AttributeValue.S":
            return ValueKind.STRING;
          case "io.keyspan.value.AttributeValue.N":
            return ValueKind.NUMBER;
          case "io.keyspan.value.AttributeValue.B":
            return ValueKind.BINARY;
          default:
            return ValueKind.CONVERTED;
        }
      }
    }
    return ValueKind.CONVERTED;
  }
}
