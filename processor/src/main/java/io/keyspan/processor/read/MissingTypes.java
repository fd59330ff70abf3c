package io.keyspan.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Finds the types a type refers to that do not exist yet, because another annotation processor
 * generates them in a later round. Such a type is deferred by name; only the last round reports
 * what is still missing.
 *
 * <p>Class literals in annotations are read through a visitor: javac gives a class that does not
 * exist not as a type but as the string {@code "<error>"} (other compilers as an error type), so a
 * cast of {@link AnnotationValue#getValue()} to {@link TypeMirror} would throw.
 */
public final class MissingTypes {
  private static final SimpleAnnotationValueVisitor14<Optional<TypeMirror>, Void> CLASS_LITERAL =
      new SimpleAnnotationValueVisitor14<>(Optional.empty()) {
        @Override
        public Optional<TypeMirror> visitType(TypeMirror type, Void unused) {
          return type.getKind() == TypeKind.ERROR ? Optional.empty() : Optional.of(type);
        }
      };

  private MissingTypes() {}

  /**
   * Whether the type refers to a type that does not exist yet, in a member or in a class literal.
   */
  public static boolean any(TypeElement type) {
    return inMemberTypes(type) || inClassLiterals(type);
  }

  /** The type a class literal names, or empty while that type does not exist. */
  public static Optional<TypeMirror> classLiteral(AnnotationValue value) {
    return value.accept(CLASS_LITERAL, null);
  }

  /**
   * Whether an instance field, record component or abstract method of the type — what Keyspan reads
   * — has a type that does not exist yet. Static members and method bodies may use the types
   * Keyspan generates ({@code UserSchema}), which exist only after this type is processed. javac
   * reports a type still missing in the last round itself, at its use.
   */
  public static boolean inMemberTypes(TypeElement type) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      if (member instanceof ExecutableElement method
          && method.getModifiers().contains(Modifier.ABSTRACT)) {
        if (isMissing(method.getReturnType())
            || method.getParameters().stream().anyMatch(p -> isMissing(p.asType()))) {
          return true;
        }
      } else if ((member.getKind().isField() || member.getKind() == ElementKind.RECORD_COMPONENT)
          && isMissing(member.asType())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a class literal in an annotation of the type, its members or their parameters names a
   * type that does not exist yet, like {@code @Convert(GeneratedConverter.class)}.
   */
  public static boolean inClassLiterals(TypeElement type) {
    if (namesMissingClass(type)) {
      return true;
    }
    for (Element member : type.getEnclosedElements()) {
      if (namesMissingClass(member)) {
        return true;
      }
      if (member instanceof ExecutableElement method) {
        for (VariableElement parameter : method.getParameters()) {
          if (namesMissingClass(parameter)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean namesMissingClass(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          annotation.getElementValues().entrySet()) {
        if (isClassMember(entry.getKey())
            && classLiterals(entry.getValue()).stream().anyMatch(Optional::isEmpty)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A member declared as {@code Class<...>} or {@code Class<...>[]}. */
  private static boolean isClassMember(ExecutableElement member) {
    TypeMirror type = member.getReturnType();
    if (type instanceof ArrayType array) {
      type = array.getComponentType();
    }
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.lang.Class");
  }

  private static List<Optional<TypeMirror>> classLiterals(AnnotationValue value) {
    if (value.getValue() instanceof List<?> items) {
      return items.stream().map(item -> classLiteral((AnnotationValue) item)).toList();
    }
    return List.of(classLiteral(value));
  }

  private static boolean isMissing(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      return declared.getTypeArguments().stream().anyMatch(MissingTypes::isMissing);
    }
    if (type instanceof ArrayType array) {
      return isMissing(array.getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null && isMissing(wildcard.getExtendsBound())
          || wildcard.getSuperBound() != null && isMissing(wildcard.getSuperBound());
    }
    return false;
  }
}
