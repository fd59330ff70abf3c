package io.keyspan.contract;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.BatchGetItemRequest;
import io.keyspan.engine.BatchGetItemResponse;
import io.keyspan.engine.BatchWriteItemRequest;
import io.keyspan.engine.BatchWriteItemResponse;
import io.keyspan.engine.KeysAndAttributes;
import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.WriteRequest;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BatchWriteItem and BatchGetItem. */
public abstract class BatchContract extends EngineContract {

  // API BatchWriteItem: puts and deletes on several tables in one call.
  @Test
  void batchWrite_putsAndDeletesAcrossTables() {
    String first = createTable("batch_a", false);
    String second = createTable("batch_b", true);
    put(first, item("pk", s("old")));

    BatchWriteItemResponse response =
        engine()
            .batchWriteItem(
                new BatchWriteItemRequest(
                    Map.of(
                        first,
                            List.of(
                                new WriteRequest.Put(item("pk", s("new"), "v", n(1))),
                                new WriteRequest.Delete(key("old"))),
                        second, List.of(new WriteRequest.Put(item("pk", s("x"), "sk", n(2))))),
                    ReturnConsumedCapacity.TOTAL));

    assertThat(response.unprocessedItems()).isEmpty();
    assertThat(get(first, key("new"))).isEqualTo(item("pk", s("new"), "v", n(1)));
    assertThat(get(first, key("old"))).isNull();
    assertThat(get(second, key("x", 2))).isEqualTo(item("pk", s("x"), "sk", n(2)));
    assertThat(response.consumedCapacity().stream().map(c -> c.tableName()).toList())
        .containsExactly(first, second);
  }

  // API BatchGetItem: found items per table; missing keys are simply absent.
  @Test
  void batchGet_returnsTheItemsFoundWithTheirProjection() {
    String table = createTable("batch_get", false);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      put(table, item("pk", s("k" + i), "v", n(i), "other", s("x")));
      keys.add(key("k" + i));
    }
    keys.add(key("absent"));

    BatchGetItemResponse response =
        engine()
            .batchGetItem(
                new BatchGetItemRequest(
                    Map.of(table, new KeysAndAttributes(keys, Projection.of("v"), true)),
                    ReturnConsumedCapacity.NONE));

    assertThat(response.unprocessedKeys()).isEmpty();
    assertThat(response.responses().get(table)).hasSize(30);
    assertThat(response.responses().get(table)).contains(item("v", n(7)));
  }

  // API BatchWriteItem: "Provided list of item keys contains duplicates".
  @Test
  void batchWriteWithDuplicateKeys_isValidationError() {
    String table = createTable("batch_dup", false);

    ValidationException error =
        assertThrows(
            ValidationException.class,
            () ->
                engine()
                    .batchWriteItem(
                        new BatchWriteItemRequest(
                            Map.of(
                                table,
                                List.of(
                                    new WriteRequest.Put(item("pk", s("same"))),
                                    new WriteRequest.Delete(key("same")))),
                            ReturnConsumedCapacity.NONE)));

    assertThat(error).hasMessageThat().isEqualTo("Provided list of item keys contains duplicates");
  }
}
