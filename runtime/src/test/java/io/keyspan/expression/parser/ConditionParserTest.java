package io.keyspan.expression.parser;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.parser.Fixtures.n;
import static io.keyspan.expression.parser.Fixtures.path;
import static io.keyspan.expression.parser.Fixtures.ph;
import static io.keyspan.expression.parser.Fixtures.request;
import static io.keyspan.expression.parser.Fixtures.s;
import static io.keyspan.expression.parser.Fixtures.schema;
import static io.keyspan.expression.parser.Fixtures.validationError;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Operand.Size;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * ConditionExpression and FilterExpression grammar and rules. Developer Guide
 * Expressions.OperatorsAndFunctions.
 */
class ConditionParserTest {

  private static Condition parse(String text) {
    return schema().condition(ExpressionKind.CONDITION, text);
  }

  private static Condition parse(Map<String, String> names, String text) {
    return schema(names).condition(ExpressionKind.CONDITION, text);
  }

  private static String error(String text) {
    return validationError(() -> parse(text));
  }

  private static Condition.Compare compare(Operand left, ComparisonOperator op, Operand right) {
    return new Condition.Compare(left, op, right);
  }

  // ------------------------------------------------------------- guide examples

  @Test
  void operatorsAndFunctionsPageExamples() {
    // Developer Guide: Expressions.OperatorsAndFunctions (function table examples).
    assertThat(
            parse(
                Map.of("#Pictures", "Pictures", "#SideView", "SideView"),
                "attribute_exists (#Pictures.#SideView)"))
        .isEqualTo(new Condition.AttributeExists(path("Pictures").attribute("SideView")));
    assertThat(parse("attribute_not_exists (Manufacturer)"))
        .isEqualTo(new Condition.AttributeNotExists(path("Manufacturer")));
    assertThat(parse("attribute_type (ProductReviews.FiveStar, :v_sub)"))
        .isEqualTo(
            new Condition.AttributeType(
                path("ProductReviews").attribute("FiveStar"), ph(":v_sub")));
    assertThat(parse("begins_with (Pictures.FrontView, :v_sub)"))
        .isEqualTo(new Condition.BeginsWith(path("Pictures").attribute("FrontView"), ph(":v_sub")));
    assertThat(parse("contains (Brand, :v_sub)"))
        .isEqualTo(new Condition.Contains(path("Brand"), ph(":v_sub")));
    assertThat(parse("contains (Color, :v_sub)"))
        .isEqualTo(new Condition.Contains(path("Color"), ph(":v_sub")));
    assertThat(parse("size (Brand) <= :v_sub"))
        .isEqualTo(compare(new Size(path("Brand")), ComparisonOperator.LE, ph(":v_sub")));
    assertThat(parse("size(VideoClip) > :v_sub"))
        .isEqualTo(compare(new Size(path("VideoClip")), ComparisonOperator.GT, ph(":v_sub")));
    assertThat(parse("size (Color) < :v_sub"))
        .isEqualTo(compare(new Size(path("Color")), ComparisonOperator.LT, ph(":v_sub")));
    assertThat(parse("size(ProductReviews.OneStar) > :v_sub"))
        .isEqualTo(
            compare(
                new Size(path("ProductReviews").attribute("OneStar")),
                ComparisonOperator.GT,
                ph(":v_sub")));
  }

  @Test
  void comparisonsOfTheGuide() {
    // Developer Guide: Expressions.OperatorsAndFunctions, "Making Comparisons".
    assertThat(parse("a = b")).isEqualTo(compare(path("a"), ComparisonOperator.EQ, path("b")));
    assertThat(parse("a <> b")).isEqualTo(compare(path("a"), ComparisonOperator.NE, path("b")));
    assertThat(parse("a < b")).isEqualTo(compare(path("a"), ComparisonOperator.LT, path("b")));
    assertThat(parse("a <= b")).isEqualTo(compare(path("a"), ComparisonOperator.LE, path("b")));
    assertThat(parse("a > b")).isEqualTo(compare(path("a"), ComparisonOperator.GT, path("b")));
    assertThat(parse("a >= b")).isEqualTo(compare(path("a"), ComparisonOperator.GE, path("b")));
    assertThat(parse("a BETWEEN b AND c"))
        .isEqualTo(new Condition.Between(path("a"), path("b"), path("c")));
    assertThat(parse("a IN (b, c, d)"))
        .isEqualTo(new Condition.In(path("a"), List.of(path("b"), path("c"), path("d"))));
  }

  @Test
  void conditionExpressionsPageExamples() {
    // Developer Guide: Expressions.ConditionExpressions.
    assertThat(parse("attribute_not_exists(Id)"))
        .isEqualTo(new Condition.AttributeNotExists(path("Id")));
    assertThat(parse("attribute_not_exists(Price)"))
        .isEqualTo(new Condition.AttributeNotExists(path("Price")));
    assertThat(parse("attribute_exists(ProductReviews.OneStar)"))
        .isEqualTo(new Condition.AttributeExists(path("ProductReviews").attribute("OneStar")));
    assertThat(parse("(ProductCategory IN (:cat1, :cat2)) and (Price between :lo and :hi)"))
        .isEqualTo(
            new Condition.And(
                new Condition.In(path("ProductCategory"), List.of(ph(":cat1"), ph(":cat2"))),
                new Condition.Between(path("Price"), ph(":lo"), ph(":hi"))));
    assertThat(parse("Price > :limit"))
        .isEqualTo(compare(path("Price"), ComparisonOperator.GT, ph(":limit")));
  }

  @Test
  void queryFilterExampleWithReservedWordPlaceholder_isBound() {
    // Developer Guide: Query, "Filter Expressions for Query": Views is reserved, so #v.
    Condition filter =
        request(Map.of("#v", "Views"), Map.of(":num", AttributeValue.n(3)))
            .condition(ExpressionKind.FILTER, "#v >= :num");
    assertThat(filter).isEqualTo(compare(path("Views"), ComparisonOperator.GE, n(3)));
  }

  // ---------------------------------------------------------------- precedence

  @Test
  void andBindsTighterThanOr() {
    // Developer Guide: Expressions.OperatorsAndFunctions, "Parentheses" and "Precedence".
    Condition a = compare(path("a"), ComparisonOperator.EQ, ph(":a"));
    Condition b = compare(path("b"), ComparisonOperator.EQ, ph(":b"));
    Condition c = compare(path("c"), ComparisonOperator.EQ, ph(":c"));
    assertThat(parse("a = :a OR b = :b AND c = :c"))
        .isEqualTo(new Condition.Or(a, new Condition.And(b, c)));
    assertThat(parse("(a = :a OR b = :b) AND c = :c"))
        .isEqualTo(new Condition.And(new Condition.Or(a, b), c));
  }

  @Test
  void notBindsTighterThanAnd_andChainsNestLeft() {
    Condition a = compare(path("a"), ComparisonOperator.EQ, ph(":a"));
    Condition b = compare(path("b"), ComparisonOperator.EQ, ph(":b"));
    Condition c = compare(path("c"), ComparisonOperator.EQ, ph(":c"));
    assertThat(parse("NOT a = :a AND b = :b"))
        .isEqualTo(new Condition.And(new Condition.Not(a), b));
    assertThat(parse("a = :a AND b = :b AND c = :c"))
        .isEqualTo(new Condition.And(new Condition.And(a, b), c));
    assertThat(parse("a = :a OR b = :b OR c = :c"))
        .isEqualTo(new Condition.Or(new Condition.Or(a, b), c));
    assertThat(parse("((a = :a))")).isEqualTo(a);
  }

  @Test
  void repeatedNot_isLegal() {
    // Developer Guide Expressions.OperatorsAndFunctions: NOT NOT NOT NOT x is legal [ALT].
    Condition x = new Condition.AttributeExists(path("x"));
    assertThat(parse("NOT NOT NOT NOT attribute_exists(x)"))
        .isEqualTo(new Condition.Not(new Condition.Not(new Condition.Not(new Condition.Not(x)))));
  }

  @Test
  void betweenConsumesItsOwnAnd() {
    assertThat(parse("a BETWEEN :x AND :y AND b = :z"))
        .isEqualTo(
            new Condition.And(
                new Condition.Between(path("a"), ph(":x"), ph(":y")),
                compare(path("b"), ComparisonOperator.EQ, ph(":z"))));
  }

  @Test
  void operandsMayBeValuesOnEitherSide() {
    assertThat(parse(":v < size(a)"))
        .isEqualTo(compare(ph(":v"), ComparisonOperator.LT, new Size(path("a"))));
    assertThat(parse("begins_with(:p, a)"))
        .isEqualTo(new Condition.BeginsWith(ph(":p"), path("a")));
  }

  // -------------------------------------------------------------------- errors

  @Test
  void bareOperandAsCondition_isSyntaxError() {
    assertThat(error("a"))
        .isEqualTo("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"a\"");
    assertThat(error(":v AND a = b"))
        .isEqualTo("Invalid ConditionExpression: Syntax error; token: \"AND\", near: \":v AND a\"");
  }

  @Test
  void emptyInList_isSyntaxError() {
    assertThat(error("a IN ()"))
        .isEqualTo("Invalid ConditionExpression: Syntax error; token: \")\", near: \"()\"");
  }

  @Test
  void inAcceptsOneToHundredCandidates() {
    String hundred =
        IntStream.range(0, 100).mapToObj(i -> ":v" + i).collect(Collectors.joining(", "));
    assertThat(((Condition.In) parse("a IN (" + hundred + ")")).candidates()).hasSize(100);
    assertThat(error("a IN (" + hundred + ", :v100)"))
        .isEqualTo(
            "Invalid ConditionExpression: The IN operator is provided with too many "
                + "operands; number of operands: 101");
  }

  @Test
  void unknownFunction() {
    assertThat(error("dog(a)"))
        .isEqualTo("Invalid ConditionExpression: Invalid function name; function: dog");
    assertThat(error("dog(a) = :v"))
        .isEqualTo("Invalid ConditionExpression: Invalid function name; function: dog");
  }

  @Test
  void wrongOperandCounts() {
    assertThat(error("size(a, a) > :v"))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect number of operands for operator or "
                + "function; operator or function: size, number of operands: 2");
    assertThat(error("attribute_exists(a, b)"))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect number of operands for operator or "
                + "function; operator or function: attribute_exists, number of operands: 2");
    assertThat(error("begins_with(a)"))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect number of operands for operator or "
                + "function; operator or function: begins_with, number of operands: 1");
    assertThat(error("contains()"))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect number of operands for operator or "
                + "function; operator or function: contains, number of operands: 0");
  }

  @Test
  void existenceFunctionsNeedAPath() {
    assertThat(error("attribute_exists(:v)"))
        .isEqualTo(
            "Invalid ConditionExpression: Operator or function requires a document path; "
                + "operator or function: attribute_exists");
    assertThat(error("attribute_not_exists(size(a))"))
        .isEqualTo(
            "Invalid ConditionExpression: Operator or function requires a document path; "
                + "operator or function: attribute_not_exists");
  }

  @Test
  void updateFunctionsInACondition_areNotAllowed() {
    assertThat(error("if_not_exists(a, :v) = :w"))
        .isEqualTo(
            "Invalid ConditionExpression: The function is not allowed to be used this way "
                + "in an expression; function: if_not_exists");
    assertThat(error("list_append(a, :v) = :w"))
        .isEqualTo(
            "Invalid ConditionExpression: The function is not allowed to be used this way "
                + "in an expression; function: list_append");
  }

  @Test
  void sizeOnItsOwn_isNotAllowed() {
    assertThat(error("size(a)"))
        .isEqualTo(
            "Invalid ConditionExpression: The function is not allowed to be used this way "
                + "in an expression; function: size");
  }

  @Test
  void booleanFunctionAsComparisonOperand_isNotAllowed() {
    assertThat(error("begins_with(a, :v) = :t"))
        .isEqualTo(
            "Invalid ConditionExpression: The function is not allowed to be used this way "
                + "in an expression; function: begins_with");
    assertThat(error("contains(attribute_exists(a), :v)"))
        .isEqualTo(
            "Invalid ConditionExpression: The function is not allowed to be used this way "
                + "in an expression; function: attribute_exists");
  }

  @Test
  void sizeInsideAFunction_isAnOperand() {
    assertThat(parse("begins_with(size(a), :v)"))
        .isEqualTo(new Condition.BeginsWith(new Size(path("a")), ph(":v")));
  }

  @Test
  void containsWithTheSameOperandTwice_isError() {
    // Developer Guide: Expressions.OperatorsAndFunctions: contains (a, a) returns an error.
    assertThat(error("contains(a, a)"))
        .isEqualTo(
            "Invalid ConditionExpression: The first operand must be distinct from the "
                + "remaining operands for this operator or function; operator: contains, first "
                + "operand: [a]");
    assertThat(error("a.b[1] = a.b[1]"))
        .isEqualTo(
            "Invalid ConditionExpression: The first operand must be distinct from the "
                + "remaining operands for this operator or function; operator: =, first operand: "
                + "[a, b, [1]]");
  }

  @Test
  void filterKindPrefixesItsMessages() {
    assertThat(validationError(() -> schema().condition(ExpressionKind.FILTER, "size(a)")))
        .startsWith("Invalid FilterExpression: ");
  }

  @Test
  void errorsOfDifferentKinds_comeInDynamoDbOrder() {
    // dynalite conditionParser checkErrors: unknown function, misused function, reserved word,
    // then placeholders, operand counts, distinct operands, types.
    ParseResult<Condition> result =
        ExpressionParser.forRequest(Map.of(), Map.of())
            .tryCondition(ExpressionKind.CONDITION, "#n = :v AND size = :w OR dog(a)");
    assertThat(result.errors().stream().map(ExpressionError::message).toList())
        .containsExactly(
            "Invalid ConditionExpression: Invalid function name; function: dog",
            "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved "
                + "keyword: size",
            "Invalid ConditionExpression: An expression attribute name used in the document path "
                + "is not defined; attribute name: #n",
            "Invalid ConditionExpression: An expression attribute value used in expression is "
                + "not defined; attribute value: :v",
            "Invalid ConditionExpression: An expression attribute value used in expression is "
                + "not defined; attribute value: :w")
        .inOrder();
  }

  @Test
  void semanticErrors_pointAtTheirText() {
    ParseResult<Condition> result =
        schema().tryCondition(ExpressionKind.CONDITION, "a = :v AND dog(b)");
    assertThat(result.errors().get(0).offset()).isEqualTo(11);
    assertThat(result.errors().get(0).length()).isEqualTo(6);
  }

  @Test
  void literalValuesInRequestMode() {
    Condition condition =
        request(Map.of(), Map.of(":s", AttributeValue.s("x")))
            .condition(ExpressionKind.CONDITION, "a = :s");
    assertThat(condition).isEqualTo(compare(path("a"), ComparisonOperator.EQ, s("x")));
  }

  @Test
  void deepConditionNesting_isParsed() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      parts.add("(");
    }
    parts.add("a = :v");
    for (int i = 0; i < 50; i++) {
      parts.add(")");
    }
    assertThat(parse(String.join("", parts)))
        .isEqualTo(compare(Path.of("a"), ComparisonOperator.EQ, ph(":v")));
  }

  @Test
  void attributeTypeOfAPathTwice_reportsTheDistinctRuleFirst() {
    // dynalite conditionParser: distinct operands rank before operand types.
    assertThat(error("attribute_type(a, a)"))
        .isEqualTo(
            "Invalid ConditionExpression: The first operand must be distinct from the "
                + "remaining operands for this operator or function; operator: attribute_type, first "
                + "operand: [a]");
  }

  @Test
  void sizeOfANumberConstant_isValidationError() {
    // Developer Guide Expressions.OperatorsAndFunctions: size() of an N, BOOL or NULL constant is a
    // ValidationException.
    assertThat(
            validationError(
                () ->
                    request(Map.of(), Map.of(":v", AttributeValue.n(1)))
                        .condition(ExpressionKind.CONDITION, "size(:v) = :v")))
        .isEqualTo(
            "Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: size, operand type: N");
  }

  @Test
  void sizeOfAnyOtherConstant_isRejectedSinceTheTreeHoldsOnlyPaths() {
    // A known deviation: DynamoDB would compute size(:s); Operand.Size takes a path.
    assertThat(error("size(:s) > :n"))
        .isEqualTo(
            "Invalid ConditionExpression: Operator or function requires a document path; "
                + "operator or function: size");
  }

  @Test
  void nestingBeyondTwoHundredLevels_isRefusedBeforeItCanExhaustTheStack() {
    // Keyspan's own guard (no DynamoDB limit is documented): real expressions never come near.
    String deepest = "(".repeat(100) + "NOT ".repeat(100) + "a = :v" + ")".repeat(100);
    assertThat(parse(deepest)).isInstanceOf(Condition.Not.class);
    assertThat(error("(".repeat(201) + "a = :v" + ")".repeat(201)))
        .isEqualTo(
            "Invalid ConditionExpression: The expression nests parentheses and NOT more "
                + "than 200 levels deep; token: \"(\"");
    assertThat(error("NOT ".repeat(201) + "a = :v"))
        .isEqualTo(
            "Invalid ConditionExpression: The expression nests parentheses and NOT more "
                + "than 200 levels deep; token: \"NOT\"");
  }

  // -------------------------------------------------- redundant parentheses (DynamoDB accepts
  // them)

  @Test
  void parenthesesAroundAnOperand_areRedundant() {
    assertThat(parse("(size(b)) = :b"))
        .isEqualTo(compare(new Size(path("b")), ComparisonOperator.EQ, ph(":b")));
    assertThat(parse("((a)) < (:b) AND (c = :d)"))
        .isEqualTo(
            new Condition.And(
                compare(path("a"), ComparisonOperator.LT, ph(":b")),
                compare(path("c"), ComparisonOperator.EQ, ph(":d"))));
    assertThat(parse("(a) BETWEEN (:x) AND :y"))
        .isEqualTo(new Condition.Between(path("a"), ph(":x"), ph(":y")));
    assertThat(parse("(a) IN ((:x), :y)"))
        .isEqualTo(new Condition.In(path("a"), List.of(ph(":x"), ph(":y"))));
    assertThat(parse("begins_with((a), (:p))"))
        .isEqualTo(new Condition.BeginsWith(path("a"), ph(":p")));
  }

  @Test
  void aParenthesizedOperand_isStillNoConditionOfItsOwn() {
    assertThat(error("(a) AND b = :c"))
        .isEqualTo("Invalid ConditionExpression: Syntax error; token: \")\", near: \"a) AND\"");
  }

  @Test
  void deeplyNestedParentheses_parseInOnePass() {
    String text = "(".repeat(150) + "a" + ")".repeat(150) + " = :b";
    assertThat(parse(text)).isEqualTo(compare(path("a"), ComparisonOperator.EQ, ph(":b")));
  }
}
