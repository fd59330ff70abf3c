package io.keyspan.processor.read;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.model.DerivedName;
import io.keyspan.processor.model.DerivedName.Criterion;
import io.keyspan.processor.model.DerivedName.Operator;
import io.keyspan.processor.model.DerivedName.Subject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The derived-name parser on its own, without javac. */
class MethodNameParserTest {
  private final MethodNameParser parser =
      new MethodNameParser(
          "Order", List.of("customerId", "orderId", "order", "status", "placedAt", "total"));

  private DerivedName parsed(String name) {
    MethodNameParser.Result result = parser.parse(name);
    assertThat(result).isInstanceOf(MethodNameParser.Named.class);
    return ((MethodNameParser.Named) result).name();
  }

  @Test
  void criteriaJoinedByAnd_withOperators() {
    DerivedName name = parsed("findByCustomerIdAndOrderIdStartingWith");
    assertThat(name.subject()).isEqualTo(Subject.FIND);
    assertThat(name.criteria())
        .containsExactly(
            new Criterion("customerId", Operator.IS),
            new Criterion("orderId", Operator.STARTING_WITH))
        .inOrder();
  }

  @Test
  void longestPropertyWins_soOrderIdIsNotOrPlusDerId() {
    assertThat(parsed("findByOrderId").criteria())
        .containsExactly(new Criterion("orderId", Operator.IS));
    assertThat(parsed("findByOrder").criteria())
        .containsExactly(new Criterion("order", Operator.IS));
  }

  @Test
  void greaterThanEqual_isNotReadAsGreaterThan() {
    assertThat(parsed("countByTotalGreaterThanEqual").criteria())
        .containsExactly(new Criterion("total", Operator.GREATER_THAN_EQUAL));
  }

  @Test
  void firstTopAndOrderBy() {
    DerivedName top = parsed("findTop10ByStatusOrderByPlacedAtDesc");
    assertThat(top.limit()).isEqualTo(10);
    assertThat(top.orderBy()).isEqualTo(Optional.of("placedAt"));
    assertThat(top.descending()).isTrue();
    assertThat(parsed("getFirstByStatusOrderByPlacedAt").limit()).isEqualTo(1);
    assertThat(parsed("getFirstByStatusOrderByPlacedAtAsc").descending()).isFalse();
  }

  @Test
  void or_isRefused() {
    MethodNameParser.Result result = parser.parse("findByStatusOrTotal");
    assertThat(((MethodNameParser.Failed) result).message()).isEqualTo(Message.OR_IN_NAME);
  }

  @Test
  void unknownProperty_suggestsTheClosest() {
    MethodNameParser.Failed failed = (MethodNameParser.Failed) parser.parse("findByStatsAndTotal");
    assertThat(failed.message()).isEqualTo(Message.UNKNOWN_PROPERTY);
    assertThat(failed.arguments()).contains("; did you mean status?");
  }

  @Test
  void namesWithoutBy_areNotDerived() {
    assertThat(parser.parse("everything")).isInstanceOf(MethodNameParser.NotDerived.class);
    assertThat(parser.parse("findAll")).isInstanceOf(MethodNameParser.NotDerived.class);
  }

  @Test
  void byWithoutCriteria_isRefused() {
    assertThat(((MethodNameParser.Failed) parser.parse("findBy")).message())
        .isEqualTo(Message.NO_CRITERIA);
  }
}
