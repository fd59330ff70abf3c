package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.engine.PutItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.Select;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestsTest {

  // DESIGN.md principle "Values never enter expression text": names and values are placeholders.
  @Test
  void conditionalPut_rendersPlaceholdersOnly() {
    var request =
        Requests.putItem(
            PutItemRequest.builder("t", Map.of("pk", AttributeValue.s("k")))
                .condition(
                    new Condition.Compare(
                        Path.of("size"),
                        ComparisonOperator.LT,
                        new Literal(AttributeValue.s("secret"))))
                .returnValues(ReturnValue.ALL_OLD)
                .build());

    assertThat(request.conditionExpression()).doesNotContain("secret");
    assertThat(request.conditionExpression()).doesNotContain("size");
    assertThat(request.expressionAttributeNames()).containsExactly("#n0", "size");
    assertThat(request.expressionAttributeValues().values())
        .containsExactly(
            software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("secret"));
    assertThat(request.returnValuesAsString()).isEqualTo("ALL_OLD");
  }

  // Fields at DynamoDB's default are left out, as an SDK user would write the request.
  @Test
  void defaults_areLeftOut() {
    var request =
        Requests.putItem(PutItemRequest.builder("t", Map.of("pk", AttributeValue.s("k"))).build());

    assertThat(request.conditionExpression()).isNull();
    assertThat(request.hasExpressionAttributeNames()).isFalse();
    assertThat(request.hasExpressionAttributeValues()).isFalse();
    assertThat(request.returnValues()).isNull();
    assertThat(request.returnConsumedCapacity()).isNull();
  }

  // One request's expressions share one set of placeholders.
  @Test
  void query_carriesEveryField() {
    var request =
        Requests.query(
            QueryRequest.builder(
                    "t",
                    KeyCondition.of(
                        new KeyCondition.Compare(
                            "pk", ComparisonOperator.EQ, new Literal(AttributeValue.s("p")))))
                .indexName("byX")
                .filter(new Condition.AttributeExists(Path.of("a")))
                .projection(Projection.of("a", "pk"))
                .select(Select.SPECIFIC_ATTRIBUTES)
                .limit(7)
                .exclusiveStartKey(Map.of("pk", AttributeValue.s("p")))
                .scanIndexForward(false)
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .build());

    assertThat(request.indexName()).isEqualTo("byX");
    assertThat(request.keyConditionExpression()).isNotNull();
    assertThat(request.filterExpression()).isNotNull();
    assertThat(request.projectionExpression()).isNotNull();
    assertThat(request.expressionAttributeNames().values()).containsExactly("pk", "a");
    assertThat(request.selectAsString()).isEqualTo("SPECIFIC_ATTRIBUTES");
    assertThat(request.limit()).isEqualTo(7);
    assertThat(request.exclusiveStartKey()).containsKey("pk");
    assertThat(request.scanIndexForward()).isFalse();
    assertThat(request.consistentRead()).isTrue();
    assertThat(request.returnConsumedCapacityAsString()).isEqualTo("INDEXES");
  }

  // Each transaction action has its own names and values.
  @Test
  void transactionActions_haveTheirOwnPlaceholders() {
    var request =
        Requests.transactWriteItems(
            new TransactWriteItemsRequest(
                List.of(
                    new TransactWriteItem.ConditionCheck(
                        "t",
                        Map.of("pk", AttributeValue.s("a")),
                        new Condition.AttributeExists(Path.of("x")),
                        null),
                    new TransactWriteItem.Delete(
                        "t",
                        Map.of("pk", AttributeValue.s("b")),
                        new Condition.AttributeNotExists(Path.of("y")),
                        null)),
                "token-1",
                ReturnConsumedCapacity.NONE));

    assertThat(request.transactItems().get(0).conditionCheck().expressionAttributeNames())
        .containsExactly("#n0", "x");
    assertThat(request.transactItems().get(1).delete().expressionAttributeNames())
        .containsExactly("#n0", "y");
    assertThat(request.clientRequestToken()).isEqualTo("token-1");
  }
}
