package io.keyspan.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Projection;
import io.keyspan.expression.Update;
import io.keyspan.expression.UpdateValue;
import java.util.List;
import java.util.function.Function;

/**
 * The Java code that builds an expression tree, so generated repositories hold their trees as
 * constants and never parse at run time. Trees from the processor hold placeholders only.
 */
final class TreeCode {
  private static final String EXPRESSION = "io.keyspan.expression";
  private static final ClassName PATH = ClassName.get(EXPRESSION, "Path");
  private static final ClassName PATH_ELEMENT = ClassName.get(EXPRESSION, "PathElement");
  private static final ClassName PLACEHOLDER = ClassName.get(EXPRESSION, "Placeholder");
  private static final ClassName CONDITION = ClassName.get(EXPRESSION, "Condition");
  private static final ClassName COMPARATOR = ClassName.get(EXPRESSION, "ComparisonOperator");
  private static final ClassName OPERAND = ClassName.get(EXPRESSION, "Operand");
  private static final ClassName KEY_CONDITION = ClassName.get(EXPRESSION, "KeyCondition");
  private static final ClassName UPDATE = ClassName.get(EXPRESSION, "Update");
  private static final ClassName UPDATE_VALUE = ClassName.get(EXPRESSION, "UpdateValue");
  private static final ClassName PROJECTION = ClassName.get(EXPRESSION, "Projection");
  private static final ClassName LIST = ClassName.get(List.class);

  private TreeCode() {}

  // Path.of("Age"), or new Path(List.of(new PathElement.Attribute("a"), new PathElement.Index(3)))
  static CodeBlock path(Path path) {
    if (path.isTopLevel()) {
      return CodeBlock.of("$T.of($S)", PATH, path.topLevelName());
    }
    return CodeBlock.of(
        "new $T($L)",
        PATH,
        list(
            path.elements(),
            element ->
                element instanceof PathElement.Attribute a
                    ? CodeBlock.of("new $T.Attribute($S)", PATH_ELEMENT, a.name())
                    : CodeBlock.of(
                        "new $T.Index($L)", PATH_ELEMENT, ((PathElement.Index) element).index())));
  }

  static CodeBlock condition(Condition condition) {
    if (condition instanceof Condition.Compare c) {
      return CodeBlock.of(
          "new $T.Compare($L, $T.$L, $L)",
          CONDITION,
          operand(c.left()),
          COMPARATOR,
          c.op().name(),
          operand(c.right()));
    }
    if (condition instanceof Condition.Between b) {
      return CodeBlock.of(
          "new $T.Between($L, $L, $L)",
          CONDITION,
          operand(b.value()),
          operand(b.lower()),
          operand(b.upper()));
    }
    if (condition instanceof Condition.In in) {
      return CodeBlock.of(
          "new $T.In($L, $L)",
          CONDITION,
          operand(in.value()),
          list(in.candidates(), TreeCode::operand));
    }
    if (condition instanceof Condition.And and) {
      return CodeBlock.of(
          "new $T.And($L, $L)", CONDITION, condition(and.left()), condition(and.right()));
    }
    if (condition instanceof Condition.Or or) {
      return CodeBlock.of(
          "new $T.Or($L, $L)", CONDITION, condition(or.left()), condition(or.right()));
    }
    if (condition instanceof Condition.Not not) {
      return CodeBlock.of("new $T.Not($L)", CONDITION, condition(not.condition()));
    }
    if (condition instanceof Condition.AttributeExists e) {
      return CodeBlock.of("new $T.AttributeExists($L)", CONDITION, path(e.path()));
    }
    if (condition instanceof Condition.AttributeNotExists e) {
      return CodeBlock.of("new $T.AttributeNotExists($L)", CONDITION, path(e.path()));
    }
    if (condition instanceof Condition.AttributeType t) {
      return CodeBlock.of(
          "new $T.AttributeType($L, $L)", CONDITION, operand(t.operand()), operand(t.type()));
    }
    if (condition instanceof Condition.BeginsWith b) {
      return CodeBlock.of(
          "new $T.BeginsWith($L, $L)", CONDITION, operand(b.subject()), operand(b.prefix()));
    }
    Condition.Contains c = (Condition.Contains) condition;
    return CodeBlock.of(
        "new $T.Contains($L, $L)", CONDITION, operand(c.subject()), operand(c.operand()));
  }

  static CodeBlock keyCondition(KeyCondition key) {
    return CodeBlock.of("new $T($L)", KEY_CONDITION, list(key.terms(), TreeCode::term));
  }

  private static CodeBlock term(KeyCondition.Term term) {
    if (term instanceof KeyCondition.Compare c) {
      return CodeBlock.of(
          "new $T.Compare($S, $T.$L, $L)",
          KEY_CONDITION,
          c.attribute(),
          COMPARATOR,
          c.op().name(),
          operand(c.value()));
    }
    if (term instanceof KeyCondition.Between b) {
      return CodeBlock.of(
          "new $T.Between($S, $L, $L)",
          KEY_CONDITION,
          b.attribute(),
          operand(b.lower()),
          operand(b.upper()));
    }
    KeyCondition.BeginsWith b = (KeyCondition.BeginsWith) term;
    return CodeBlock.of(
        "new $T.BeginsWith($S, $L)", KEY_CONDITION, b.attribute(), operand(b.prefix()));
  }

  static CodeBlock update(Update update) {
    return CodeBlock.of(
        "new $T($L, $L, $L, $L)",
        UPDATE,
        list(
            update.set(),
            s ->
                CodeBlock.of(
                    "new $T.SetAction($L, $L)", UPDATE, path(s.path()), updateValue(s.value()))),
        list(update.remove(), TreeCode::path),
        list(
            update.add(),
            a ->
                CodeBlock.of(
                    "new $T.AddAction($L, $L)", UPDATE, path(a.path()), operand(a.value()))),
        list(
            update.delete(),
            d ->
                CodeBlock.of(
                    "new $T.DeleteAction($L, $L)", UPDATE, path(d.path()), operand(d.value()))));
  }

  private static CodeBlock updateValue(UpdateValue value) {
    if (value instanceof Operand operand) {
      return operand(operand);
    }
    if (value instanceof UpdateValue.IfNotExists i) {
      return CodeBlock.of(
          "new $T.IfNotExists($L, $L)", UPDATE_VALUE, path(i.path()), updateValue(i.fallback()));
    }
    if (value instanceof UpdateValue.ListAppend a) {
      return CodeBlock.of(
          "new $T.ListAppend($L, $L)",
          UPDATE_VALUE,
          updateValue(a.first()),
          updateValue(a.second()));
    }
    if (value instanceof UpdateValue.Plus p) {
      return CodeBlock.of(
          "new $T.Plus($L, $L)", UPDATE_VALUE, updateValue(p.left()), updateValue(p.right()));
    }
    UpdateValue.Minus m = (UpdateValue.Minus) value;
    return CodeBlock.of(
        "new $T.Minus($L, $L)", UPDATE_VALUE, updateValue(m.left()), updateValue(m.right()));
  }

  static CodeBlock projection(Projection projection) {
    return CodeBlock.of("new $T($L)", PROJECTION, list(projection.paths(), TreeCode::path));
  }

  private static CodeBlock operand(Operand operand) {
    if (operand instanceof Path path) {
      return path(path);
    }
    if (operand instanceof Operand.Size size) {
      return CodeBlock.of("new $T.Size($L)", OPERAND, path(size.path()));
    }
    if (operand instanceof Placeholder placeholder) {
      return CodeBlock.of("new $T($S)", PLACEHOLDER, placeholder.name());
    }
    throw new IllegalStateException("the processor's trees hold placeholders, not " + operand);
  }

  private static <E> CodeBlock list(List<E> elements, Function<E, CodeBlock> code) {
    return CodeBlock.of(
        "$T.of($L)", LIST, elements.stream().map(code).collect(CodeBlock.joining(", ")));
  }
}
