package io.keyspan.processor.write;

import static io.keyspan.processor.base.TypeNames.CONDITION;
import static io.keyspan.processor.base.TypeNames.KEY_CONDITION;
import static io.keyspan.processor.base.TypeNames.PROJECTION;
import static io.keyspan.processor.base.TypeNames.TREES;
import static io.keyspan.processor.base.TypeNames.UPDATE_EXPRESSION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The Java code that builds an expression tree through the stable factory methods of {@code Trees},
 * so generated repositories hold their trees as constants, never parse at run time, and never call
 * a node's constructor (whose shape would then be frozen into users' classes). Trees from the
 * processor hold placeholders only.
 *
 * <p>One node per line: a call whose arguments include nodes puts each argument on a line of its
 * own, indented under it; a call of plain arguments (a path, a placeholder) stays on one line.
 */
final class TreeCode {
  private TreeCode() {}

  /** A constant holding the key condition, its expression text as its comment. */
  static FieldSpec constant(String name, KeyCondition key) {
    return constant(
        KEY_CONDITION, name, ExpressionText.of(key, (r, k) -> r.render(k)), keyCondition(key));
  }

  static FieldSpec constant(String name, Condition condition) {
    return constant(
        CONDITION,
        name,
        ExpressionText.of(condition, (r, c) -> r.render(c)),
        condition.accept(CONDITIONS));
  }

  static FieldSpec constant(String name, UpdateExpression update) {
    return constant(
        UPDATE_EXPRESSION, name, ExpressionText.of(update, (r, u) -> r.render(u)), update(update));
  }

  static FieldSpec constant(String name, Projection projection) {
    return constant(
        PROJECTION,
        name,
        ExpressionText.of(projection, (r, p) -> r.render(p)),
        Call.of("projection", projection.paths().stream().map(TreeCode::path).toList()));
  }

  private static FieldSpec constant(ClassName type, String name, String text, Call tree) {
    // A block comment ends at */, and javac reads a backslash u as a Unicode escape even in
    // comments; attribute names may hold both.
    String comment = text.replace("\\", "&#92;").replace("*/", "*&#47;");
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@code $L}\n", comment)
        .initializer(tree.code())
        .build();
  }

  // Trees.keyCondition(
  //     Trees.eq(
  //         "Email",
  //         Trees.placeholder(":email")))
  private static Call keyCondition(KeyCondition key) {
    return Call.of("keyCondition", key.terms().stream().map(t -> t.accept(TERMS)).toList());
  }

  // Trees.update(
  //     Trees.set(
  //         Trees.path("Age"),
  //         Trees.placeholder(":age")),
  //     Trees.remove(
  //         Trees.path("Nickname")))
  private static Call update(UpdateExpression update) {
    List<Call> actions = new ArrayList<>();
    for (UpdateExpression.Action action : update.actions()) {
      actions.add(
          action.accept(
              new UpdateExpression.Action.Visitor<Call>() {
                @Override
                public Call set(UpdateExpression.SetAction set) {
                  return Call.of("set", path(set.path()), setValue(set.value()));
                }

                @Override
                public Call remove(UpdateExpression.RemoveAction remove) {
                  return Call.of("remove", path(remove.path()));
                }

                @Override
                public Call add(UpdateExpression.AddAction add) {
                  return Call.of("add", path(add.path()), operand(add.value()));
                }

                @Override
                public Call delete(UpdateExpression.DeleteAction delete) {
                  return Call.of("delete", path(delete.path()), operand(delete.value()));
                }
              }));
    }
    return Call.of("update", actions);
  }

  /**
   * One call of a factory method: its plain arguments (names, indexes), then the nodes it takes.
   */
  private record Call(String method, List<CodeBlock> plain, List<Call> nodes) {
    static Call of(String method, Call... nodes) {
      return of(method, List.of(nodes));
    }

    static Call of(String method, List<Call> nodes) {
      return new Call(method, List.of(), nodes);
    }

    CodeBlock code() {
      CodeBlock.Builder code = CodeBlock.builder().add("$T.$L(", TREES, method);
      if (nodes.isEmpty()) {
        return code.add("$L)", CodeBlock.join(plain, ", ")).build();
      }
      List<CodeBlock> arguments =
          Stream.concat(plain.stream(), nodes.stream().map(Call::code)).toList();
      return code.add("$>$>\n$L$<$<)", CodeBlock.join(arguments, ",\n")).build();
    }
  }

  // Trees.path("a", 0, "b") for a[0].b
  private static Call path(Path path) {
    return new Call("path", path.elements().stream().map(e -> e.accept(STEPS)).toList(), List.of());
  }

  private static Call operand(Operand operand) {
    return operand.accept(OPERANDS);
  }

  private static Call setValue(UpdateValue value) {
    return value.accept(SET_VALUES);
  }

  /** The factory method of a comparison, for conditions and key terms alike. */
  private static String factory(ComparisonOperator op) {
    return switch (op) {
      case EQ -> "eq";
      case NE -> "ne";
      case LT -> "lt";
      case LE -> "le";
      case GT -> "gt";
      case GE -> "ge";
    };
  }

  private static final PathElement.Visitor<CodeBlock> STEPS =
      new PathElement.Visitor<>() {
        @Override
        public CodeBlock attribute(PathElement.Attribute node) {
          return CodeBlock.of("$S", node.name());
        }

        @Override
        public CodeBlock index(PathElement.Index node) {
          return CodeBlock.of("$L", node.index());
        }
      };

  private static final Operand.Visitor<Call> OPERANDS =
      new Operand.Visitor<>() {
        @Override
        public Call path(Path node) {
          return TreeCode.path(node);
        }

        @Override
        public Call literal(Literal node) {
          throw new IllegalStateException("the processor's trees hold placeholders, not " + node);
        }

        @Override
        public Call placeholder(Placeholder node) {
          return new Call("placeholder", List.of(CodeBlock.of("$S", node.name())), List.of());
        }

        @Override
        public Call size(Operand.Size node) {
          return Call.of("size", TreeCode.path(node.path()));
        }
      };

  private static final UpdateValue.Visitor<Call> SET_VALUES =
      new UpdateValue.Visitor<>() {
        @Override
        public Call path(Path node) {
          return operand(node);
        }

        @Override
        public Call literal(Literal node) {
          return operand(node);
        }

        @Override
        public Call placeholder(Placeholder node) {
          return operand(node);
        }

        @Override
        public Call ifNotExists(UpdateValue.IfNotExists node) {
          return Call.of("ifNotExists", TreeCode.path(node.path()), setValue(node.fallback()));
        }

        @Override
        public Call listAppend(UpdateValue.ListAppend node) {
          return Call.of("listAppend", setValue(node.first()), setValue(node.second()));
        }

        @Override
        public Call plus(UpdateValue.Plus node) {
          return Call.of("plus", setValue(node.left()), setValue(node.right()));
        }

        @Override
        public Call minus(UpdateValue.Minus node) {
          return Call.of("minus", setValue(node.left()), setValue(node.right()));
        }
      };

  private static final Condition.Visitor<Call> CONDITIONS =
      new Condition.Visitor<>() {
        @Override
        public Call compare(Condition.Compare node) {
          return Call.of(factory(node.op()), operand(node.left()), operand(node.right()));
        }

        @Override
        public Call between(Condition.Between node) {
          return Call.of(
              "between", operand(node.value()), operand(node.lower()), operand(node.upper()));
        }

        @Override
        public Call in(Condition.In node) {
          List<Call> operands = new ArrayList<>();
          operands.add(operand(node.value()));
          node.candidates().forEach(candidate -> operands.add(operand(candidate)));
          return Call.of("in", operands);
        }

        @Override
        public Call and(Condition.And node) {
          return Call.of("and", node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Call or(Condition.Or node) {
          return Call.of("or", node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Call not(Condition.Not node) {
          return Call.of("not", node.condition().accept(this));
        }

        @Override
        public Call attributeExists(Condition.AttributeExists node) {
          return Call.of("attributeExists", TreeCode.path(node.path()));
        }

        @Override
        public Call attributeNotExists(Condition.AttributeNotExists node) {
          return Call.of("attributeNotExists", TreeCode.path(node.path()));
        }

        @Override
        public Call attributeType(Condition.AttributeType node) {
          return Call.of("attributeType", operand(node.operand()), operand(node.type()));
        }

        @Override
        public Call beginsWith(Condition.BeginsWith node) {
          return Call.of("beginsWith", operand(node.subject()), operand(node.prefix()));
        }

        @Override
        public Call contains(Condition.Contains node) {
          return Call.of("contains", operand(node.subject()), operand(node.operand()));
        }
      };

  // A key term names its attribute plainly: Trees.between("Date", lower, upper).
  private static final KeyCondition.Term.Visitor<Call> TERMS =
      new KeyCondition.Term.Visitor<>() {
        @Override
        public Call compare(KeyCondition.Compare node) {
          return term(factory(node.op()), node, operand(node.value()));
        }

        @Override
        public Call between(KeyCondition.Between node) {
          return term("between", node, operand(node.lower()), operand(node.upper()));
        }

        @Override
        public Call beginsWith(KeyCondition.BeginsWith node) {
          return term("beginsWith", node, operand(node.prefix()));
        }

        private Call term(String method, KeyCondition.Term node, Call... values) {
          return new Call(method, List.of(CodeBlock.of("$S", node.attribute())), List.of(values));
        }
      };
}
