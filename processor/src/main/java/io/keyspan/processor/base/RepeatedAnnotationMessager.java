package io.keyspan.processor.base;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * A {@link Messager} that places a diagnostic on one of several repeated annotations
 * ({@code @KeyTemplate} written twice). javac 17 keeps repeated annotations in a synthesized
 * container that has no source position, so a diagnostic addressed to the container's array entry
 * would land on the annotated element; here the entry's position among the repeated annotations
 * finds its own tree. Every other diagnostic, and every diagnostic under a compiler without the
 * tree API, goes to the compiler's messager unchanged.
 */
public final class RepeatedAnnotationMessager implements Messager {
  private final Messager messager;
  private final Optional<Trees> trees;

  public RepeatedAnnotationMessager(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    this.trees = trees(environment);
  }

  private static Optional<Trees> trees(ProcessingEnvironment environment) {
    try {
      return Optional.of(Trees.instance(environment));
    } catch (IllegalArgumentException notJavac) {
      return Optional.empty();
    }
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message) {
    messager.printMessage(kind, message);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
    messager.printMessage(kind, message, element);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
    messager.printMessage(kind, message, element, annotation);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind,
      CharSequence message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    Optional<TreePath> repeated =
        trees.flatMap(t -> repeatedAnnotation(t, element, annotation, value));
    if (repeated.isPresent()) {
      trees
          .orElseThrow()
          .printMessage(
              kind, message, repeated.get().getLeaf(), repeated.get().getCompilationUnit());
    } else {
      messager.printMessage(kind, message, element, annotation, value);
    }
  }

  /**
   * The tree of the repeated annotation that {@code entry} of the container holds, if it is one.
   */
  private static Optional<TreePath> repeatedAnnotation(
      Trees trees, Element element, AnnotationMirror container, AnnotationValue entry) {
    if (container == null || entry == null || !(entry.getValue() instanceof AnnotationMirror)) {
      return Optional.empty();
    }
    int index = indexIn(container, entry);
    TreePath path = trees.getPath(element);
    if (index < 0 || path == null) {
      return Optional.empty();
    }
    TypeElement repeatedType =
        (TypeElement) ((AnnotationMirror) entry.getValue()).getAnnotationType().asElement();
    int seen = 0;
    for (AnnotationTree tree : annotations(path.getLeaf())) {
      TreePath treePath = new TreePath(path, tree);
      Element type = trees.getElement(new TreePath(treePath, tree.getAnnotationType()));
      if (repeatedType.equals(type) && seen++ == index) {
        return Optional.of(treePath);
      }
    }
    return Optional.empty();
  }

  /** The position of {@code entry} in the container's {@code value} array; -1 when absent. */
  private static int indexIn(AnnotationMirror container, AnnotationValue entry) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member :
        container.getElementValues().entrySet()) {
      if (member.getKey().getSimpleName().contentEquals("value")
          && member.getValue().getValue() instanceof List<?> entries) {
        for (int i = 0; i < entries.size(); i++) {
          if (entries.get(i) == entry) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private static List<? extends AnnotationTree> annotations(Tree tree) {
    ModifiersTree modifiers = null;
    if (tree instanceof ClassTree type) {
      modifiers = type.getModifiers();
    } else if (tree instanceof MethodTree method) {
      modifiers = method.getModifiers();
    } else if (tree instanceof VariableTree variable) {
      modifiers = variable.getModifiers();
    }
    return modifiers == null ? List.of() : modifiers.getAnnotations();
  }
}
