package io.keyspan.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.ExpressionParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The code TreeCode writes compiles and, run, builds the very tree it was written from, for every
 * kind of node the processor's trees hold.
 */
class TreeCodeTest {
  // Ends a block comment and starts a malformed Unicode escape, if the comment copied it as is.
  private static final String AWKWARD_NAME = "C:\\users */";

  private final ExpressionParser parser =
      ExpressionParser.schemaAware(Map.of("#awkward", AWKWARD_NAME));
  private final List<Object> trees = new ArrayList<>();
  private final List<FieldSpec> constants = new ArrayList<>();

  @Test
  void generatedCode_rebuildsEveryKindOfNode() throws ReflectiveOperationException {
    key("P = :p");
    key("P = :p AND S < :s");
    key("P = :p AND S <= :s");
    key("P = :p AND S > :s");
    key("P = :p AND S >= :s");
    key("P = :p AND S BETWEEN :lo AND :hi");
    key("P = :p AND begins_with(S, :s)");
    condition("a.b[0].#awkward <> :v OR NOT (size(d) <= :n AND e IN (:x, :y, f))");
    condition("a = :a AND b < :b AND c > :c AND d >= :d AND e BETWEEN :lo AND :hi");
    condition("attribute_exists(i) AND attribute_not_exists(j[3]) AND attribute_type(g, :t)");
    condition("begins_with(k, :k) OR contains(l, :l)");
    update(
        "SET a = if_not_exists(b, :b), c = list_append(c, :c), d = d - :d, e = :e + e,"
            + " f = g REMOVE h.i[2], m ADD j :j DELETE k :k");
    update("REMOVE a");
    projection("a, b.c[1], #awkward");

    assertThat(compileAndRun()).isEqualTo(trees);
  }

  private void key(String text) {
    KeyCondition tree = parser.keyCondition(text);
    trees.add(tree);
    constants.add(TreeCode.constant(nextName(), tree));
  }

  private void condition(String text) {
    Condition tree = parser.condition(ExpressionKind.CONDITION, text);
    trees.add(tree);
    constants.add(TreeCode.constant(nextName(), tree));
  }

  private void update(String text) {
    UpdateExpression tree = parser.update(text);
    trees.add(tree);
    constants.add(TreeCode.constant(nextName(), tree));
  }

  private void projection(String text) {
    Projection tree = parser.projection(text);
    trees.add(tree);
    constants.add(TreeCode.constant(nextName(), tree));
  }

  private String nextName() {
    return "TREE_" + constants.size();
  }

  /** Compiles the constants into one class, then returns their values. */
  private List<?> compileAndRun() throws ReflectiveOperationException {
    List<CodeBlock> names = constants.stream().map(c -> CodeBlock.of("$N", c)).toList();
    TypeSpec type =
        TypeSpec.classBuilder("Check")
            .addModifiers(Modifier.PUBLIC)
            .addFields(constants)
            .addMethod(
                MethodSpec.methodBuilder("trees")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT))
                    .addStatement("return $T.of($L)", List.class, CodeBlock.join(names, ", "))
                    .build())
            .build();
    Compilation compilation =
        javac().compile(JavaFile.builder("check", type).build().toJavaFileObject());
    assertThat(compilation).succeededWithoutWarnings();
    return (List<?>)
        new CompiledClasses(compilation).loadClass("check.Check").getMethod("trees").invoke(null);
  }

  /** Loads the classes of a compilation, and everything else from the test's class path. */
  private static final class CompiledClasses extends ClassLoader {
    private final Compilation compilation;

    CompiledClasses(Compilation compilation) {
      super(TreeCodeTest.class.getClassLoader());
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class")
              .orElseThrow(() -> new ClassNotFoundException(name));
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
