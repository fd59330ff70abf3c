package io.keyspan.processor.it.declared;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import io.keyspan.engine.DeleteItemRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.UpdateItemRequest;
import io.keyspan.engine.WriteResponse;
import io.keyspan.exception.ConditionalCheckFailedException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated declared writes: the UpdateItem, DeleteItem and PutItem requests they send and what
 * they return.
 */
class DeclaredWritesTest {
  private static final Order ORDER =
      new Order("alice", "o1", "OPEN", "2026-01-01", 10, Set.of("a"));
  private static final Map<String, AttributeValue> KEY =
      Map.of("CustomerID", AttributeValue.s("alice"), "OrderID", AttributeValue.s("o1"));

  private final List<Object> requests = new ArrayList<>();
  private boolean conditionFails;
  private final Engine engine =
      (Engine)
          Proxy.newProxyInstance(
              Engine.class.getClassLoader(),
              new Class<?>[] {Engine.class},
              (proxy, method, arguments) -> {
                if (method.getName().equals("close")) {
                  return null;
                }
                requests.add(arguments[0]);
                if (conditionFails) {
                  throw new ConditionalCheckFailedException(null);
                }
                return new WriteResponse(OrderSchema.instance().toItem(ORDER), null);
              });
  private final OrderWrites writes = Keyspan.using(engine).repository(OrderWrites.class);

  private static Literal s(String value) {
    return new Literal(AttributeValue.s(value));
  }

  @Test
  void update_identifiesItemByKeyParameters_bindsTheRest_andReturnsNewItem() {
    Order updated = writes.addToTotal("alice", "o1", 5, Set.of("vip"));

    UpdateItemRequest request = (UpdateItemRequest) requests.get(0);
    assertThat(request.key()).isEqualTo(KEY);
    assertThat(request.update())
        .isEqualTo(
            new UpdateExpression(
                List.of(
                    new UpdateExpression.SetAction(
                        Path.of("Total"),
                        new UpdateValue.Plus(Path.of("Total"), new Literal(AttributeValue.n(5))))),
                List.of(),
                List.of(
                    new UpdateExpression.AddAction(
                        Path.of("Tags"), new Literal(AttributeValue.ss(Set.of("vip"))))),
                List.of()));
    assertThat(request.options().condition())
        .isEqualTo(new Condition.AttributeExists(Path.of("CustomerID")));
    assertThat(request.options().returnValues()).isEqualTo(ReturnValue.ALL_NEW);
    assertThat(updated).isEqualTo(ORDER);
  }

  @Test
  void update_withReturnValuesAllOld_asksForTheOldItem() {
    assertThat(writes.clearTags("alice", "o1")).hasValue(ORDER);
    assertThat(((UpdateItemRequest) requests.get(0)).options().returnValues())
        .isEqualTo(ReturnValue.ALL_OLD);
  }

  @Test
  void booleanWrite_answersWhetherTheConditionHeld() {
    assertThat(writes.transition("alice", "o1", "SHIPPED", "OPEN")).isTrue();
    assertThat(((UpdateItemRequest) requests.get(0)).options().condition())
        .isEqualTo(new Condition.Compare(Path.of("Status"), ComparisonOperator.EQ, s("OPEN")));
    conditionFails = true;
    assertThat(writes.transition("alice", "o1", "SHIPPED", "OPEN")).isFalse();
  }

  @Test
  void conditionalDelete_sendsKeyAndBoundCondition() {
    writes.deleteIfTotal("alice", "o1", 10);
    DeleteItemRequest request = (DeleteItemRequest) requests.get(0);
    assertThat(request.key()).isEqualTo(KEY);
    assertThat(request.options().condition())
        .isEqualTo(
            new Condition.Compare(
                Path.of("Total"), ComparisonOperator.EQ, new Literal(AttributeValue.n(10))));
  }

  @Test
  void delete_returnsTheDeletedItem() {
    assertThat(writes.remove("alice", "o1")).hasValue(ORDER);
    assertThat(((DeleteItemRequest) requests.get(0)).options().returnValues())
        .isEqualTo(ReturnValue.ALL_OLD);
  }

  @Test
  void conditionalPut_writesTheItem_andAnswersFalseWhenItExists() {
    assertThat(writes.create(ORDER)).isTrue();
    PutItemRequest request = (PutItemRequest) requests.get(0);
    assertThat(request.item()).isEqualTo(OrderSchema.instance().toItem(ORDER));
    assertThat(request.options().condition())
        .isEqualTo(new Condition.AttributeNotExists(Path.of("CustomerID")));
    conditionFails = true;
    assertThat(writes.create(ORDER)).isFalse();
  }

  @Test
  void derivedDeleteByKey_deletesOneItem() {
    writes.deleteByCustomerIdAndOrderId("alice", "o1");
    DeleteItemRequest request = (DeleteItemRequest) requests.get(0);
    assertThat(request.key()).isEqualTo(KEY);
    assertThat(request.options().condition()).isNull();
  }
}
