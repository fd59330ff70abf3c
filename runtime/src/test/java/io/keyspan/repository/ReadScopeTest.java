package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.value.AttributeValue;
import org.junit.jupiter.api.Test;

class ReadScopeTest {
  @Test
  void query_isShownAsKeyConditionExpressionTextWithItsValues() {
    KeyCondition condition =
        KeyCondition.of(
            new KeyCondition.Compare(
                "Status", ComparisonOperator.EQ, new Literal(AttributeValue.s("NEW"))),
            new KeyCondition.Between(
                "Total", new Literal(AttributeValue.n(10)), new Literal(AttributeValue.n(20))));
    assertThat(ReadScope.query("Orders", "ByStatus", condition, false))
        .isEqualTo(
            "Query of Orders index ByStatus where Status = :v0 AND Total BETWEEN :v1 AND :v2 (:v0 = NEW, :v1 = 10,"
                + " :v2 = 20), descending");
  }

  @Test
  void scan_namesItsSegment() {
    assertThat(ReadScope.scan("Orders", null, 2, 4)).isEqualTo("Scan of Orders, segment 2 of 4");
    assertThat(
            ReadScope.declared(
                "OrderQueries.placed", ReadScope.scan("Orders", "ByStatus", null, null)))
        .isEqualTo("OrderQueries.placed: Scan of Orders index ByStatus");
  }
}
