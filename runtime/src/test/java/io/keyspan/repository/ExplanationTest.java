package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An explanation prints the same on every run: its maps keep the order they were given in. */
class ExplanationTest {

  @Test
  void namesValuesAndExpressions_keepTheirPlaceholderOrder() {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    List<String> nameOrder = new ArrayList<>();
    List<String> valueOrder = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      names.put("#n" + i, "Attribute" + i);
      values.put(":v" + i, AttributeValue.n(i));
      nameOrder.add("#n" + i);
      valueOrder.add(":v" + i);
    }
    Map<String, String> expressions = new LinkedHashMap<>();
    expressions.put("KeyConditionExpression", "#n0 = :v0");
    expressions.put("FilterExpression", "#n1 > :v1");
    expressions.put("ProjectionExpression", "#n2");

    Explanation explanation =
        new Explanation("Query", null, "T", Optional.empty(), expressions, names, values);

    assertThat(explanation.names().keySet()).containsExactlyElementsIn(nameOrder).inOrder();
    assertThat(explanation.values().keySet()).containsExactlyElementsIn(valueOrder).inOrder();
    assertThat(explanation.expressions().keySet())
        .containsExactly("KeyConditionExpression", "FilterExpression", "ProjectionExpression")
        .inOrder();
    assertThat(explanation.toString()).contains("#n0=Attribute0, #n1=Attribute1, #n2=Attribute2");
  }

  @Test
  void maps_areCopiesThatCannotChange() {
    Map<String, String> names = new LinkedHashMap<>(Map.of("#n0", "A"));
    Explanation explanation =
        new Explanation("GetItem", null, "T", Optional.empty(), Map.of(), names, Map.of());
    names.put("#n1", "B");
    assertThat(explanation.names()).containsExactly("#n0", "A");
    assertThrows(UnsupportedOperationException.class, () -> explanation.names().put("#n2", "C"));
  }
}
