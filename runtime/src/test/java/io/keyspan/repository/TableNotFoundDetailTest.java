package io.keyspan.repository;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.DescribeTableRequest;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemRequest;
import io.keyspan.engine.QueryRequest;
import io.keyspan.exception.ResourceNotFoundException;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Literal;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableNotFoundDetailTest {
  private static final String DYNAMODB = "Requested resource not found";

  /**
   * Every data call fails as DynamoDB does; describeTable finds only the {@code existing} tables.
   */
  private static Engine engine(Set<String> existing) {
    return new TableNotFoundDetail(
        (Engine)
            Proxy.newProxyInstance(
                Engine.class.getClassLoader(),
                new Class<?>[] {Engine.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("describeTable")
                      && existing.contains(((DescribeTableRequest) arguments[0]).tableName())) {
                    return null;
                  }
                  throw new ResourceNotFoundException(DYNAMODB);
                }));
  }

  @Test
  void missingTable_isNamedWithTheCallThatCreatesIt() {
    ResourceNotFoundException e =
        assertThrows(
            ResourceNotFoundException.class,
            () ->
                engine(Set.of())
                    .getItem(
                        GetItemRequest.builder("Music", Map.of("Artist", AttributeValue.s("a")))
                            .build()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "Table Music not found: "
                + DYNAMODB
                + ". The table does not exist: create it with createTable() on its repository first.");
    assertThat(e).hasCauseThat().hasMessageThat().isEqualTo(DYNAMODB);
  }

  @Test
  void missingIndexOfAnExistingTable_isNamed() {
    KeyCondition artist =
        KeyCondition.of(
            new KeyCondition.Compare(
                "Artist", ComparisonOperator.EQ, new Literal(AttributeValue.s("a"))));
    ResourceNotFoundException e =
        assertThrows(
            ResourceNotFoundException.class,
            () ->
                engine(Set.of("Music"))
                    .query(QueryRequest.builder("Music", artist).indexName("ByAlbum").build()));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "Index ByAlbum of table Music not found: "
                + DYNAMODB
                + ". The table exists, but has no such index.");
  }
}
