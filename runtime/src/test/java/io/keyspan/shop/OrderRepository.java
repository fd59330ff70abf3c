package io.keyspan.shop;

import io.keyspan.Keyspan;
import io.keyspan.repository.GetOperation;
import io.keyspan.repository.Key;
import io.keyspan.repository.QueryOperation;
import io.keyspan.repository.StringSortKey;
import io.keyspan.repository.TableRepository;
import io.keyspan.repository.UpdateOperation;
import java.time.Instant;
import java.util.Optional;

/** As generated for the member {@code Order}. */
public final class OrderRepository extends TableRepository<Order> {
  public OrderRepository(Keyspan keyspan) {
    super(keyspan, OrderSchema.INSTANCE);
  }

  public Key<Order> key(String customerId, Instant placedAt, String orderId) {
    return newTemplateKey(customerId, placedAt, orderId);
  }

  public Optional<Order> get(String customerId, Instant placedAt, String orderId) {
    return newGet(key(customerId, placedAt, orderId)).execute();
  }

  public GetOperation<Order> getOperation(String customerId, Instant placedAt, String orderId) {
    return newGet(key(customerId, placedAt, orderId));
  }

  public UpdateOperation<Order> update(String customerId, Instant placedAt, String orderId) {
    return newUpdate(key(customerId, placedAt, orderId));
  }

  /** A customer's orders: {@code PK = CUSTOMER#… AND begins_with(SK, "ORDER#")}. */
  public QueryOperation<Order, StringSortKey<String>> query(String customerId) {
    return newMemberQuery(null, customerId);
  }

  /** The order with this id, on GSI1. */
  public QueryOperation<Order, StringSortKey<String>> queryByGsi1(String orderId) {
    return newMemberQuery("GSI1", orderId);
  }

  /** Orders of one status, by time, on GSI2 (sparse). */
  public QueryOperation<Order, StringSortKey<String>> queryByGsi2(OrderStatus status) {
    return newMemberQuery("GSI2", status);
  }
}
