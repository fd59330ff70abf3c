package io.keyspan.expression;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.keyspan.expression.parser.ExpressionParser;
import io.keyspan.value.AttributeValue;
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
      Update update = trees.update();
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
   * Guards the property tests above against a generator that silently stopped producing some node.
   */
  @Test
  void generator_producesEveryNodeKindAndValueType() {
    Set<String> kinds = new TreeSet<>();
    for (long seed = 0; seed < 300; seed++) {
      for (boolean bound : new boolean[] {true, false}) {
        RandomTrees trees = new RandomTrees(seed, bound);
        condition(trees.condition(), kinds);
        for (KeyCondition.Term term : trees.keyCondition().terms()) {
          kinds.add("Key" + term.getClass().getSimpleName());
        }
        Update update = trees.update();
        update.set().forEach(action -> updateValue(action.value(), kinds));
        update.add().forEach(action -> operand(action.value(), kinds));
        update.delete().forEach(action -> operand(action.value(), kinds));
        if (!update.remove().isEmpty()) {
          kinds.add("Remove");
        }
        trees.projection().paths().forEach(path -> operand(path, kinds));
      }
    }
    Set<String> expected =
        new TreeSet<>(
            Set.of(
                "And",
                "Or",
                "Not",
                "Compare",
                "Between",
                "In",
                "In100",
                "AttributeExists",
                "AttributeNotExists",
                "AttributeType",
                "BeginsWith",
                "Contains",
                "Size",
                "Path",
                "NestedPath",
                "Index",
                "Literal",
                "Placeholder",
                "KeyCompare",
                "KeyBetween",
                "KeyBeginsWith",
                "IfNotExists",
                "ListAppend",
                "Plus",
                "Minus",
                "Remove"));
    for (AttributeValue.Type type : AttributeValue.Type.values()) {
      expected.add(type.name());
    }
    for (ComparisonOperator op : ComparisonOperator.values()) {
      expected.add(op.name());
    }
    assertThat(kinds).containsAtLeastElementsIn(expected);
  }

  private static void condition(Condition condition, Set<String> kinds) {
    kinds.add(condition.getClass().getSimpleName());
    if (condition instanceof Condition.And and) {
      condition(and.left(), kinds);
      condition(and.right(), kinds);
    } else if (condition instanceof Condition.Or or) {
      condition(or.left(), kinds);
      condition(or.right(), kinds);
    } else if (condition instanceof Condition.Not not) {
      condition(not.condition(), kinds);
    } else if (condition instanceof Condition.Compare compare) {
      kinds.add(compare.op().name());
      operand(compare.left(), kinds);
      operand(compare.right(), kinds);
    } else if (condition instanceof Condition.Between between) {
      operand(between.value(), kinds);
      operand(between.lower(), kinds);
      operand(between.upper(), kinds);
    } else if (condition instanceof Condition.In in) {
      if (in.candidates().size() == 100) {
        kinds.add("In100");
      }
      operand(in.value(), kinds);
      in.candidates().forEach(candidate -> operand(candidate, kinds));
    } else if (condition instanceof Condition.AttributeType type) {
      operand(type.operand(), kinds);
      operand(type.type(), kinds);
    } else if (condition instanceof Condition.BeginsWith beginsWith) {
      operand(beginsWith.subject(), kinds);
      operand(beginsWith.prefix(), kinds);
    } else if (condition instanceof Condition.Contains contains) {
      operand(contains.subject(), kinds);
      operand(contains.operand(), kinds);
    }
  }

  private static void updateValue(UpdateValue value, Set<String> kinds) {
    kinds.add(value.getClass().getSimpleName());
    if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      updateValue(ifNotExists.fallback(), kinds);
    } else if (value instanceof UpdateValue.ListAppend append) {
      updateValue(append.first(), kinds);
      updateValue(append.second(), kinds);
    } else if (value instanceof UpdateValue.Plus plus) {
      updateValue(plus.left(), kinds);
      updateValue(plus.right(), kinds);
    } else if (value instanceof UpdateValue.Minus minus) {
      updateValue(minus.left(), kinds);
      updateValue(minus.right(), kinds);
    } else if (value instanceof Operand operand) {
      operand(operand, kinds);
    }
  }

  private static void operand(Operand operand, Set<String> kinds) {
    kinds.add(operand.getClass().getSimpleName());
    if (operand instanceof Path path) {
      if (path.depth() > 1) {
        kinds.add("NestedPath");
      }
      if (path.elements().stream().anyMatch(PathElement.Index.class::isInstance)) {
        kinds.add("Index");
      }
    } else if (operand instanceof Literal literal) {
      kinds.add(literal.value().type().name());
    }
  }
}
