package io.keyspan.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Operand;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypedAttributeTest {
  private static final NumberAttribute<Integer> AGE =
      new NumberAttribute<>(Path.of("Age"), Converters.INTEGER);
  private static final StringAttribute<String> NAME =
      new StringAttribute<>(Path.of("Name"), Converters.STRING);
  private static final SetAttribute<String> TAGS =
      new SetAttribute<>(Path.of("Tags"), AttributeValue.Type.SS, Converters.STRING);
  private static final ListAttribute<Integer, NumberAttribute<Integer>> SCORES =
      new ListAttribute<>(
          Path.of("Scores"), Converters.INTEGER, p -> new NumberAttribute<>(p, Converters.INTEGER));
  private static final MapAttribute<String, StringAttribute<String>> LABELS =
      new MapAttribute<>(
          Path.of("Labels"), Converters.STRING, p -> new StringAttribute<>(p, Converters.STRING));

  @Test
  void comparison_buildsTheAstWithABoundLiteral() {
    assertThat(AGE.gt(25))
        .isEqualTo(
            new Condition.Compare(
                Path.of("Age"), ComparisonOperator.GT, new Literal(AttributeValue.n(25))));
    assertThat(AGE.between(1, 9))
        .isEqualTo(
            new Condition.Between(
                Path.of("Age"),
                new Literal(AttributeValue.n(1)),
                new Literal(AttributeValue.n(9))));
    assertThat(AGE.in(1, 2))
        .isEqualTo(
            new Condition.In(
                Path.of("Age"),
                List.of(new Literal(AttributeValue.n(1)), new Literal(AttributeValue.n(2)))));
  }

  @Test
  void beginsWithAndSize_onStrings() {
    assertThat(NAME.beginsWith("Al"))
        .isEqualTo(new Condition.BeginsWith(Path.of("Name"), new Literal(AttributeValue.s("Al"))));
    assertThat(NAME.size().ge(3))
        .isEqualTo(
            new Condition.Compare(
                new Operand.Size(Path.of("Name")),
                ComparisonOperator.GE,
                new Literal(AttributeValue.n(3))));
  }

  @Test
  void existenceAndType_andTheConnectives() {
    Condition condition =
        NAME.exists().and(AGE.notExists().not()).or(NAME.hasType(AttributeValue.Type.S));
    assertThat(condition)
        .isEqualTo(
            new Condition.Or(
                new Condition.And(
                    new Condition.AttributeExists(Path.of("Name")),
                    new Condition.Not(new Condition.AttributeNotExists(Path.of("Age")))),
                new Condition.AttributeType(Path.of("Name"), new Literal(AttributeValue.s("S")))));
  }

  @Test
  void nestedPaths_intoListElementsAndMapEntries() {
    assertThat(SCORES.get(2).path()).isEqualTo(Path.of("Scores").index(2));
    assertThat(SCORES.get(2).lt(5))
        .isEqualTo(
            new Condition.Compare(
                Path.of("Scores").index(2),
                ComparisonOperator.LT,
                new Literal(AttributeValue.n(5))));
    assertThat(LABELS.get("env").eq("prod").toString()).contains("Labels");
    assertThat(LABELS.get("env").path()).isEqualTo(Path.of("Labels").attribute("env"));
  }

  @Test
  void setMembership_andMembersValueForAddAndDelete() {
    assertThat(TAGS.contains("a"))
        .isEqualTo(new Condition.Contains(Path.of("Tags"), new Literal(AttributeValue.s("a"))));
    assertThat(TAGS.membersValue(List.of("a", "b"))).isEqualTo(AttributeValue.ss("a", "b"));
    assertThrows(IllegalArgumentException.class, () -> TAGS.membersValue(List.of()));
  }

  @Test
  void membersValue_keepsTheCallersOrder() {
    List<String> members = List.of("k", "c", "x", "a", "q", "b", "z", "m", "e", "t", "g", "p");
    AttributeValue.SS value = (AttributeValue.SS) TAGS.membersValue(members);
    assertThat(value.values()).containsExactlyElementsIn(members).inOrder();
  }

  @Test
  void nullValue_hasNoStoredForm_andPointsToNotExists() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> NAME.eq(null));
    assertThat(e).hasMessageThat().contains("notExists()");
  }

  @Test
  void readAndWrite_skipNullAndReadAbsentSetsAsEmpty() {
    Map<String, AttributeValue> item = new java.util.HashMap<>();
    NAME.write(item, null);
    TAGS.write(item, Set.of());
    assertThat(item).isEmpty();
    assertThat(TAGS.read(item)).isEmpty();
    assertThat(AGE.read(item, 7)).isEqualTo(7);
    item.put("Age", AttributeValue.nul());
    assertThat(AGE.read(item)).isNull();
  }

  @Test
  void readOfWrongType_namesTheAttribute() {
    MappingException e =
        assertThrows(MappingException.class, () -> AGE.read(Map.of("Age", AttributeValue.s("x"))));
    assertThat(e).hasMessageThat().isEqualTo("attribute Age: expected N for int, found S {S:x}");
  }

  @Test
  void numberThatDoesNotFit_namesTheAttributeAndTheTypeWithItsArticle() {
    MappingException e =
        assertThrows(
            MappingException.class, () -> AGE.read(Map.of("Age", AttributeValue.n("1.5"))));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("attribute Age: the number 1.5 does not fit in an int");
  }

  @Test
  void valueDynamoDbRejects_namesTheAttributeBeforeDynamoDbsMessage() {
    NumberAttribute<java.math.BigDecimal> price =
        new NumberAttribute<>(Path.of("Price"), Converters.BIG_DECIMAL);
    java.math.BigDecimal digits39 =
        new java.math.BigDecimal("123456789012345678901234567890123456789");
    io.keyspan.value.InvalidValueException inUpdate =
        assertThrows(io.keyspan.value.InvalidValueException.class, () -> price.toValue(digits39));
    assertThat(inUpdate)
        .hasMessageThat()
        .isEqualTo(
            "attribute Price: Attempting to store more than 38 significant digits in a Number");
    io.keyspan.value.InvalidValueException inItem =
        assertThrows(
            io.keyspan.value.InvalidValueException.class,
            () -> price.write(new java.util.HashMap<>(), digits39));
    assertThat(inItem).hasMessageThat().isEqualTo(inUpdate.getMessage());
  }

  @Test
  void valueWithNoDynamoDbForm_namesTheAttribute() {
    NumberAttribute<Double> ratio = new NumberAttribute<>(Path.of("Ratio"), Converters.DOUBLE);
    MappingException e =
        assertThrows(
            MappingException.class, () -> ratio.write(new java.util.HashMap<>(), Double.NaN));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("attribute Ratio: NaN has no DynamoDB form: numbers are finite");
  }
}
