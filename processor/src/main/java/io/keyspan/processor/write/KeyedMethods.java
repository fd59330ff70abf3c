package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.DELETE;
import static io.keyspan.processor.base.TypeNames.GET;
import static io.keyspan.processor.base.TypeNames.UPDATE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The item methods every generated repository has over its {@code key(...)} method, whatever its
 * key is made of: {@code get}, {@code getOperation}, {@code update}, {@code delete} and {@code
 * deleteOperation}, each taking the key's parameters.
 */
final class KeyedMethods {
  private KeyedMethods() {}

  static void add(TypeSpec.Builder repository, ClassName type, List<ParameterSpec> keyParameters) {
    CodeBlock keyArguments =
        keyParameters.stream().map(p -> CodeBlock.of("$N", p)).collect(CodeBlock.joining(", "));
    repository.addMethod(
        keyed("get", ParameterizedTypeName.get(ClassName.get(Optional.class), type), keyParameters)
            .addJavadoc("The item with this key, if any.\n")
            .addStatement("return getOperation($L).execute()", keyArguments)
            .build());
    repository.addMethod(
        keyed("getOperation", ParameterizedTypeName.get(GET, type), keyParameters)
            .addJavadoc("A read of the item with this key, to refine or explain.\n")
            .addStatement("return newGet(key($L))", keyArguments)
            .build());
    repository.addMethod(
        keyed("update", ParameterizedTypeName.get(UPDATE, type), keyParameters)
            .addJavadoc(
                "An update of the item with this key (created if absent): add actions, then {@code execute()}.\n")
            .addStatement("return newUpdate(key($L))", keyArguments)
            .build());
    repository.addMethod(
        keyed(
                "delete",
                ParameterizedTypeName.get(ClassName.get(Optional.class), type),
                keyParameters)
            .addJavadoc("Deletes the item with this key and returns it, if there was one.\n")
            .addStatement("return deleteOperation($L).execute()", keyArguments)
            .build());
    repository.addMethod(
        keyed("deleteOperation", ParameterizedTypeName.get(DELETE, type), keyParameters)
            .addJavadoc("A delete of the item with this key, to make conditional or explain.\n")
            .addStatement("return newDelete(key($L))", keyArguments)
            .build());
  }

  /** A public method with these parameters. */
  static MethodSpec.Builder keyed(String name, TypeName returns, List<ParameterSpec> parameters) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameters(parameters);
  }

  /**
   * The constructor {@code (Keyspan keyspan)} that hands the handle and the schema's instance to
   * the base class; with {@code @Inject}, and {@code @Singleton} on the class, when JSR-330 is
   * visible.
   */
  static MethodSpec constructor(
      TypeSpec.Builder repository,
      Optional<String> injectPackage,
      String javadoc,
      ClassName schema) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc(javadoc + "\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(io.keyspan.processor.base.TypeNames.KEYSPAN, "keyspan")
            .addStatement("super(keyspan, $T.instance())", schema);
    injectPackage.ifPresent(
        p -> {
          repository.addAnnotation(ClassName.get(p, "Singleton"));
          constructor.addAnnotation(ClassName.get(p, "Inject"));
        });
    return constructor.build();
  }
}
