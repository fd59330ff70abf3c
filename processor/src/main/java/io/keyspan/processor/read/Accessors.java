package io.keyspan.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds how generated code, which lives in the entity's package, reads and writes a field: getters,
 * setters and fields it may access without reflection.
 */
final class Accessors {
  private final Elements elements;
  private final Types types;
  private final TypeElement owner;
  private final PackageElement ownerPackage;

  Accessors(Elements elements, Types types, TypeElement owner) {
    this.elements = elements;
    this.types = types;
    this.owner = owner;
    this.ownerPackage = elements.getPackageOf(owner);
  }

  /** The getter of a field: {@code getName()}, {@code isName()} for booleans, or {@code name()}. */
  Optional<ExecutableElement> getter(VariableElement field) {
    String capitalized = capitalize(field.getSimpleName().toString());
    List<String> names =
        field.asType().getKind() == TypeKind.BOOLEAN
            ? List.of("is" + capitalized, "get" + capitalized, field.getSimpleName().toString())
            : List.of("get" + capitalized, field.getSimpleName().toString());
    for (String name : names) {
      for (ExecutableElement method : methods()) {
        if (method.getSimpleName().contentEquals(name)
            && method.getParameters().isEmpty()
            && types.isSameType(method.getReturnType(), field.asType())) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }

  /** The setter of a field: {@code setName(T)}. */
  Optional<ExecutableElement> setter(VariableElement field) {
    String name = "set" + capitalize(field.getSimpleName().toString());
    for (ExecutableElement method : methods()) {
      if (method.getSimpleName().contentEquals(name)
          && method.getParameters().size() == 1
          && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  boolean isAccessible(Element member) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    return elements.getPackageOf(member).equals(ownerPackage);
  }

  boolean isWritableField(VariableElement field) {
    return isAccessible(field) && !field.getModifiers().contains(Modifier.FINAL);
  }

  /** The accessible, non-static constructors of the owner. */
  List<ExecutableElement> constructors() {
    return ElementFilter.constructorsIn(owner.getEnclosedElements()).stream()
        .filter(this::isAccessible)
        .toList();
  }

  private List<ExecutableElement> methods() {
    return ElementFilter.methodsIn(elements.getAllMembers(owner)).stream()
        .filter(m -> !m.getModifiers().contains(Modifier.STATIC))
        .filter(this::isAccessible)
        .toList();
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  TypeMirror typeOf(Element element) {
    return types.asMemberOf((javax.lang.model.type.DeclaredType) owner.asType(), element);
  }
}
