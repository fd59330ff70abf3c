package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.GENERATED;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Writes one generated class: marks it {@code @Generated} (without a date, so output is
 * deterministic), records the element it originates from (for incremental builds), and files it in
 * the element's package.
 */
public final class SourceWriter {
  static final String PROCESSOR = "io.keyspan.processor.KeyspanProcessor";

  private final Filer filer;
  private final boolean generatedAvailable;

  public SourceWriter(Filer filer, Elements elements) {
    this.filer = filer;
    this.generatedAvailable = elements.getTypeElement(GENERATED.canonicalName()) != null;
  }

  public void write(String packageName, TypeSpec.Builder type, Element originating) {
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    type.addOriginatingElement(originating);
    JavaFile file =
        JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).indent("  ").build();
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source text, for golden-file tests of a writer without a Filer. */
  public static String render(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build()
        .toString();
  }
}
