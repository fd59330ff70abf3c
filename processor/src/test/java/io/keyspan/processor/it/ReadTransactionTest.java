package io.keyspan.processor.it;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.repository.ReadTransaction;
import io.keyspan.value.AttributeValue;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads of several repositories in one TransactGetItems. */
class ReadTransactionTest {
  private final List<Object> requests = new ArrayList<>();
  private final Engine engine =
      (Engine)
          Proxy.newProxyInstance(
              Engine.class.getClassLoader(),
              new Class<?>[] {Engine.class},
              (proxy, method, arguments) -> {
                requests.add(arguments[0]);
                return new TransactGetItemsResponse(
                    List.of(
                        Optional.of(
                            Map.of(
                                "sku", AttributeValue.s("p1"), "priceCents", AttributeValue.n(5))),
                        Optional.empty()),
                    List.of());
              });
  private final Keyspan db = Keyspan.using(engine);
  private final ProductRepository products = new ProductRepository(db);
  private final PersonRepository people = new PersonRepository(db);

  @Test
  void readsOfSeveralTables_areOneRequest_andMapBackPerRepository() {
    ReadTransaction.Result result =
        ReadTransaction.of(db)
            .add(products.getOperation("p1"))
            .add(people.getOperation("ada", 1))
            .execute();
    assertThat(((TransactGetItemsRequest) requests.get(0)).transactItems()).hasSize(2);
    assertThat(result.get(0, products).orElseThrow().getPriceCents()).isEqualTo(5);
    assertThat(result.get(1, people)).isEmpty();
    assertThrows(IllegalArgumentException.class, () -> result.get(0, people));
  }
}
