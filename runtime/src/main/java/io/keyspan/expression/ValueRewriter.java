package io.keyspan.expression;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds a tree with every value position ({@link Literal} or {@link Placeholder}) replaced by a
 * function of it; paths and the tree's shape stay. Binding placeholders is such a rewrite.
 */
public final class ValueRewriter {
  private final UnaryOperator<ValueOperand> rewrite;
  private final Operand.Visitor<Operand> operands =
      new Operand.Visitor<>() {
        @Override
        public Operand path(Path node) {
          return node;
        }

        @Override
        public Operand literal(Literal node) {
          return rewrite.apply(node);
        }

        @Override
        public Operand placeholder(Placeholder node) {
          return rewrite.apply(node);
        }

        @Override
        public Operand size(Operand.Size node) {
          return node;
        }
      };
  private final Condition.Visitor<Condition> conditions =
      new Condition.Visitor<>() {
        @Override
        public Condition compare(Condition.Compare node) {
          return new Condition.Compare(operand(node.left()), node.op(), operand(node.right()));
        }

        @Override
        public Condition between(Condition.Between node) {
          return new Condition.Between(
              operand(node.value()), operand(node.lower()), operand(node.upper()));
        }

        @Override
        public Condition in(Condition.In node) {
          return new Condition.In(
              operand(node.value()),
              node.candidates().stream().map(ValueRewriter.this::operand).toList());
        }

        @Override
        public Condition and(Condition.And node) {
          return new Condition.And(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Condition or(Condition.Or node) {
          return new Condition.Or(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public Condition not(Condition.Not node) {
          return new Condition.Not(node.condition().accept(this));
        }

        @Override
        public Condition attributeExists(Condition.AttributeExists node) {
          return node;
        }

        @Override
        public Condition attributeNotExists(Condition.AttributeNotExists node) {
          return node;
        }

        @Override
        public Condition attributeType(Condition.AttributeType node) {
          return new Condition.AttributeType(operand(node.operand()), operand(node.type()));
        }

        @Override
        public Condition beginsWith(Condition.BeginsWith node) {
          return new Condition.BeginsWith(operand(node.subject()), operand(node.prefix()));
        }

        @Override
        public Condition contains(Condition.Contains node) {
          return new Condition.Contains(operand(node.subject()), operand(node.operand()));
        }
      };
  private final KeyCondition.Term.Visitor<KeyCondition.Term> terms =
      new KeyCondition.Term.Visitor<>() {
        @Override
        public KeyCondition.Term compare(KeyCondition.Compare node) {
          return new KeyCondition.Compare(node.attribute(), node.op(), rewrite.apply(node.value()));
        }

        @Override
        public KeyCondition.Term between(KeyCondition.Between node) {
          return new KeyCondition.Between(
              node.attribute(), rewrite.apply(node.lower()), rewrite.apply(node.upper()));
        }

        @Override
        public KeyCondition.Term beginsWith(KeyCondition.BeginsWith node) {
          return new KeyCondition.BeginsWith(node.attribute(), rewrite.apply(node.prefix()));
        }
      };
  private final UpdateValue.Visitor<UpdateValue> updateValues =
      new UpdateValue.Visitor<>() {
        @Override
        public UpdateValue path(Path node) {
          return node;
        }

        @Override
        public UpdateValue literal(Literal node) {
          return rewrite.apply(node);
        }

        @Override
        public UpdateValue placeholder(Placeholder node) {
          return rewrite.apply(node);
        }

        @Override
        public UpdateValue ifNotExists(UpdateValue.IfNotExists node) {
          return new UpdateValue.IfNotExists(node.path(), node.fallback().accept(this));
        }

        @Override
        public UpdateValue listAppend(UpdateValue.ListAppend node) {
          return new UpdateValue.ListAppend(node.first().accept(this), node.second().accept(this));
        }

        @Override
        public UpdateValue plus(UpdateValue.Plus node) {
          return new UpdateValue.Plus(node.left().accept(this), node.right().accept(this));
        }

        @Override
        public UpdateValue minus(UpdateValue.Minus node) {
          return new UpdateValue.Minus(node.left().accept(this), node.right().accept(this));
        }
      };

  public ValueRewriter(UnaryOperator<ValueOperand> rewrite) {
    this.rewrite = rewrite;
  }

  public Condition rewrite(Condition condition) {
    return condition.accept(conditions);
  }

  public KeyCondition rewrite(KeyCondition keyCondition) {
    return new KeyCondition(keyCondition.terms().stream().map(term -> term.accept(terms)).toList());
  }

  public UpdateExpression rewrite(UpdateExpression update) {
    List<UpdateExpression.SetAction> set =
        update.set().stream()
            .map(
                action ->
                    new UpdateExpression.SetAction(
                        action.path(), action.value().accept(updateValues)))
            .toList();
    List<UpdateExpression.AddAction> add =
        update.add().stream()
            .map(
                action ->
                    new UpdateExpression.AddAction(action.path(), rewrite.apply(action.value())))
            .toList();
    List<UpdateExpression.DeleteAction> delete =
        update.delete().stream()
            .map(
                action ->
                    new UpdateExpression.DeleteAction(action.path(), rewrite.apply(action.value())))
            .toList();
    return new UpdateExpression(set, update.remove(), add, delete);
  }

  private Operand operand(Operand operand) {
    return operand.accept(operands);
  }
}
