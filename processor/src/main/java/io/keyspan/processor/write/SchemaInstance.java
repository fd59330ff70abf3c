package io.keyspan.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;

/**
 * The one instance of a generated schema, which holds no state: {@code private static final
 * UserSchema instance = new UserSchema();}, a private constructor and {@code instance()}; and the
 * schema's {@code definition()}, which returns a constant.
 */
final class SchemaInstance {
  private SchemaInstance() {}

  static FieldSpec field(ClassName schema) {
    return FieldSpec.builder(schema, "instance", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", schema)
        .build();
  }

  static MethodSpec constructor() {
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build();
  }

  static MethodSpec method(ClassName schema) {
    return MethodSpec.methodBuilder("instance")
        .addJavadoc("The one instance; the schema holds no state.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(schema)
        .addStatement("return instance")
        .build();
  }

  /** {@code public T definition() { return field; }}, overriding the schema interface's. */
  static MethodSpec definition(TypeName type, String field) {
    return MethodSpec.methodBuilder("definition")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", field)
        .build();
  }
}
