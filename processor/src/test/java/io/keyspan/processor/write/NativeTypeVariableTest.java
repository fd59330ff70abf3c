package io.keyspan.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.keyspan.processor.KeyspanProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated codec methods are generic over an engine's value type; the name of that type
 * variable must never hide a type the mapping code refers to by its simple name.
 */
class NativeTypeVariableTest {

  @Test
  void anEntityNamedN_compiles() {
    JavaFileObject entity =
        JavaFileObjects.forSourceString(
            "test.N",
            String.join(
                "\n",
                "package test;",
                "import io.keyspan.annotations.*;",
                "@Table(name = \"Numbers\")",
                "public record N(@PartitionKey String id, int count) {}"));

    Compilation compilation = javac().withProcessors(new KeyspanProcessor()).compile(entity);

    assertThat(compilation).succeeded();
  }

  @Test
  void propertiesOfTypesNamedN_compile() {
    JavaFileObject other =
        JavaFileObjects.forSourceString(
            "other.N", String.join("\n", "package other;", "public enum N { ONE, TWO }"));
    JavaFileObject nested =
        JavaFileObjects.forSourceString(
            "test.Outer",
            String.join("\n", "package test;", "public class Outer { public enum N { A, B } }"));
    JavaFileObject entity =
        JavaFileObjects.forSourceString(
            "test.Item",
            String.join(
                "\n",
                "package test;",
                "import io.keyspan.annotations.*;",
                "import java.util.List;",
                "@Table(name = \"Items\")",
                "public record Item(@PartitionKey String id, other.N first, List<Outer.N> second, N1 third) {",
                "  public enum N1 { X }",
                "}"));

    Compilation compilation =
        javac().withProcessors(new KeyspanProcessor()).compile(other, nested, entity);

    assertThat(compilation).succeeded();
  }
}
