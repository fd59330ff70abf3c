package io.keyspan.expression;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.keyspan.expression.parser.ExpressionParser;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The renderer's contract: for every grammatical tree, parsing the rendered text with the rendered
 * names and values gives the tree back. Bound trees go through the parser's request mode
 * (DynamoDB's own rules: reserved words, undefined and unused placeholders); unbound trees, whose
 * values are placeholders, through its schema-aware mode.
 */
class RenderParseRoundTripTest {
  private static final int TREES = 2_000;

  @ParameterizedTest(name = "bound = {0}")
  @ValueSource(booleans = {true, false})
  void conditions_roundTrip(boolean bound) {
    roundTrip(
        bound,
        RandomTrees::condition,
        ExpressionRenderer::render,
        (parser, text) -> parser.condition(ExpressionKind.CONDITION, text));
  }

  @ParameterizedTest(name = "bound = {0}")
  @ValueSource(booleans = {true, false})
  void keyConditions_roundTrip(boolean bound) {
    roundTrip(
        bound,
        RandomTrees::keyCondition,
        ExpressionRenderer::render,
        ExpressionParser::keyCondition);
  }

  @ParameterizedTest(name = "bound = {0}")
  @ValueSource(booleans = {true, false})
  void updates_roundTrip(boolean bound) {
    roundTrip(bound, RandomTrees::update, ExpressionRenderer::render, ExpressionParser::update);
  }

  @ParameterizedTest(name = "bound = {0}")
  @ValueSource(booleans = {true, false})
  void projections_roundTrip(boolean bound) {
    roundTrip(
        bound, RandomTrees::projection, ExpressionRenderer::render, ExpressionParser::projection);
  }

  /**
   * One renderer for all expressions of a request: the names and values they share parse back, and
   * every entry of both maps is used by some expression.
   */
  @ParameterizedTest(name = "bound = {0}")
  @ValueSource(booleans = {true, false})
  void allExpressionsOfOneRequest_shareNamesAndValues(boolean bound) {
    for (long seed = 0; seed < TREES / 5; seed++) {
      RandomTrees trees = new RandomTrees(seed, bound);
      Condition condition = trees.condition();
      KeyCondition keyCondition = trees.keyCondition();
      UpdateExpression update = trees.update();
      Projection projection = trees.projection();
      ExpressionRenderer renderer = new ExpressionRenderer();
      String conditionText = renderer.render(condition);
      String keyConditionText = renderer.render(keyCondition);
      String updateText = renderer.render(update);
      String projectionText = renderer.render(projection);

      ExpressionParser parser = parser(bound, renderer);
      String context =
          "seed "
              + seed
              + ": "
              + conditionText
              + " | "
              + keyConditionText
              + " | "
              + updateText
              + " | "
              + projectionText;
      assertWithMessage(context)
          .that(parser.condition(ExpressionKind.FILTER, conditionText))
          .isEqualTo(condition);
      assertWithMessage(context)
          .that(parser.keyCondition(keyConditionText))
          .isEqualTo(keyCondition);
      assertWithMessage(context).that(parser.update(updateText)).isEqualTo(update);
      assertWithMessage(context).that(parser.projection(projectionText)).isEqualTo(projection);
      assertWithMessage(context).that(parser.unusedPlaceholders()).isEmpty();
    }
  }

  private static <T> void roundTrip(
      boolean bound,
      Function<RandomTrees, T> generate,
      BiFunction<ExpressionRenderer, T, String> render,
      BiFunction<ExpressionParser, String, T> parse) {
    for (long seed = 0; seed < TREES; seed++) {
      T tree = generate.apply(new RandomTrees(seed, bound));
      ExpressionRenderer renderer = new ExpressionRenderer();
      String text = render.apply(renderer, tree);
      T parsed = parse.apply(parser(bound, renderer), text);
      assertWithMessage("seed %s: %s with %s %s", seed, text, renderer.names(), renderer.values())
          .that(parsed)
          .isEqualTo(tree);
    }
  }

  private static ExpressionParser parser(boolean bound, ExpressionRenderer renderer) {
    return bound
        ? ExpressionParser.forRequest(renderer.names(), renderer.values())
        : ExpressionParser.schemaAware(renderer.names());
  }

  /**
   * Guards the property tests above against a generator that silently stopped producing some node:
   * every method of every visitor of the tree, so a node kind added later is demanded here too.
   */
  @Test
  void generator_producesEveryNodeKindAndValueType() {
    NodeKinds kinds = new NodeKinds();
    for (long seed = 0; seed < 300; seed++) {
      for (boolean bound : new boolean[] {true, false}) {
        RandomTrees trees = new RandomTrees(seed, bound);
        trees.condition().accept(kinds);
        trees.keyCondition().terms().forEach(term -> term.accept(kinds));
        trees.update().actions().forEach(action -> action.accept(kinds));
        trees.projection().paths().forEach(kinds::path);
      }
    }
    Set<String> expected = new TreeSet<>(Set.of("In100", "NestedPath"));
    visitorMethods("Condition", Condition.Visitor.class, expected);
    visitorMethods("Operand", Operand.Visitor.class, expected);
    visitorMethods("UpdateValue", UpdateValue.Visitor.class, expected);
    visitorMethods("Term", KeyCondition.Term.Visitor.class, expected);
    visitorMethods("Action", UpdateExpression.Action.Visitor.class, expected);
    visitorMethods("PathElement", PathElement.Visitor.class, expected);
    for (AttributeValue.Type type : AttributeValue.Type.values()) {
      expected.add(type.name());
    }
    for (ComparisonOperator op : ComparisonOperator.values()) {
      expected.add(op.name());
    }
    assertThat(kinds.seen).containsAtLeastElementsIn(expected);
  }

  private static void visitorMethods(String family, Class<?> visitor, Set<String> names) {
    for (Method method : visitor.getDeclaredMethods()) {
      names.add(family + "." + method.getName());
    }
  }

  /**
   * Walks a tree through the visitors and records each visitor method called, plus the comparators,
   * the value types, nested paths and IN with 100 candidates.
   */
  private static final class NodeKinds
      implements Condition.Visitor<Void>,
          Operand.Visitor<Void>,
          KeyCondition.Term.Visitor<Void>,
          UpdateExpression.Action.Visitor<Void>,
          PathElement.Visitor<Void> {
    final Set<String> seen = new TreeSet<>();

    private Void saw(String kind, Operand... operands) {
      seen.add(kind);
      for (Operand operand : operands) {
        operand.accept(this);
      }
      return null;
    }

    @Override
    public Void compare(Condition.Compare node) {
      seen.add(node.op().name());
      return saw("Condition.compare", node.left(), node.right());
    }

    @Override
    public Void between(Condition.Between node) {
      return saw("Condition.between", node.value(), node.lower(), node.upper());
    }

    @Override
    public Void in(Condition.In node) {
      if (node.candidates().size() == 100) {
        seen.add("In100");
      }
      node.candidates().forEach(candidate -> candidate.accept(this));
      return saw("Condition.in", node.value());
    }

    @Override
    public Void and(Condition.And node) {
      node.left().accept(this);
      node.right().accept(this);
      return saw("Condition.and");
    }

    @Override
    public Void or(Condition.Or node) {
      node.left().accept(this);
      node.right().accept(this);
      return saw("Condition.or");
    }

    @Override
    public Void not(Condition.Not node) {
      node.condition().accept(this);
      return saw("Condition.not");
    }

    @Override
    public Void attributeExists(Condition.AttributeExists node) {
      return saw("Condition.attributeExists", node.path());
    }

    @Override
    public Void attributeNotExists(Condition.AttributeNotExists node) {
      return saw("Condition.attributeNotExists", node.path());
    }

    @Override
    public Void attributeType(Condition.AttributeType node) {
      return saw("Condition.attributeType", node.operand(), node.type());
    }

    @Override
    public Void beginsWith(Condition.BeginsWith node) {
      return saw("Condition.beginsWith", node.subject(), node.prefix());
    }

    @Override
    public Void contains(Condition.Contains node) {
      return saw("Condition.contains", node.subject(), node.operand());
    }

    // An operand and a SET value share the path and value nodes; each family records its own.

    @Override
    public Void path(Path node) {
      if (node.depth() > 1) {
        seen.add("NestedPath");
      }
      node.elements().forEach(element -> element.accept(this));
      return saw("Operand.path");
    }

    @Override
    public Void literal(Literal node) {
      seen.add(node.value().type().name());
      return saw("Operand.literal");
    }

    @Override
    public Void placeholder(Placeholder node) {
      return saw("Operand.placeholder");
    }

    @Override
    public Void size(Operand.Size node) {
      return saw("Operand.size", node.path());
    }

    @Override
    public Void attribute(PathElement.Attribute node) {
      return saw("PathElement.attribute");
    }

    @Override
    public Void index(PathElement.Index node) {
      return saw("PathElement.index");
    }

    @Override
    public Void compare(KeyCondition.Compare node) {
      seen.add(node.op().name());
      return saw("Term.compare", node.value());
    }

    @Override
    public Void between(KeyCondition.Between node) {
      return saw("Term.between", node.lower(), node.upper());
    }

    @Override
    public Void beginsWith(KeyCondition.BeginsWith node) {
      return saw("Term.beginsWith", node.prefix());
    }

    @Override
    public Void set(UpdateExpression.SetAction action) {
      setValue(action.value());
      return saw("Action.set", action.path());
    }

    @Override
    public Void remove(UpdateExpression.RemoveAction action) {
      return saw("Action.remove", action.path());
    }

    @Override
    public Void add(UpdateExpression.AddAction action) {
      return saw("Action.add", action.path(), action.value());
    }

    @Override
    public Void delete(UpdateExpression.DeleteAction action) {
      return saw("Action.delete", action.path(), action.value());
    }

    /** Visits a SET value as one, and records its path and value nodes as SET values too. */
    private void setValue(UpdateValue value) {
      value.accept(
          new UpdateValue.Visitor<Void>() {
            @Override
            public Void path(Path node) {
              NodeKinds.this.path(node);
              return saw("UpdateValue.path");
            }

            @Override
            public Void literal(Literal node) {
              NodeKinds.this.literal(node);
              return saw("UpdateValue.literal");
            }

            @Override
            public Void placeholder(Placeholder node) {
              return saw("UpdateValue.placeholder");
            }

            @Override
            public Void ifNotExists(UpdateValue.IfNotExists node) {
              NodeKinds.this.path(node.path());
              node.fallback().accept(this);
              return saw("UpdateValue.ifNotExists");
            }

            @Override
            public Void listAppend(UpdateValue.ListAppend node) {
              node.first().accept(this);
              node.second().accept(this);
              return saw("UpdateValue.listAppend");
            }

            @Override
            public Void plus(UpdateValue.Plus node) {
              node.left().accept(this);
              node.right().accept(this);
              return saw("UpdateValue.plus");
            }

            @Override
            public Void minus(UpdateValue.Minus node) {
              node.left().accept(this);
              node.right().accept(this);
              return saw("UpdateValue.minus");
            }
          });
    }
  }
}
