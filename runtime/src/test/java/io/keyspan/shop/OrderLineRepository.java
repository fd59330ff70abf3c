package io.keyspan.shop;

import io.keyspan.Keyspan;
import io.keyspan.repository.Key;
import io.keyspan.repository.QueryOperation;
import io.keyspan.repository.StringSortKey;
import io.keyspan.repository.TableRepository;
import io.keyspan.repository.UpdateOperation;
import java.util.Optional;

/** As generated for the member {@code OrderLine}. */
public final class OrderLineRepository extends TableRepository<OrderLine> {
  public OrderLineRepository(Keyspan keyspan) {
    super(keyspan, OrderLineSchema.INSTANCE);
  }

  public Key<OrderLine> key(String orderId, int lineNo) {
    return newTemplateKey(orderId, lineNo);
  }

  public Optional<OrderLine> get(String orderId, int lineNo) {
    return newGet(key(orderId, lineNo)).execute();
  }

  public UpdateOperation<OrderLine> update(String orderId, int lineNo) {
    return newUpdate(key(orderId, lineNo));
  }

  /** An order's lines: {@code PK = ORDER#… AND begins_with(SK, "LINE#")}. */
  public QueryOperation<OrderLine, StringSortKey<String>> query(String orderId) {
    return newMemberQuery(null, orderId);
  }

  /** An order's lines on GSI1: {@code GSI1PK = ORDER#… AND begins_with(GSI1SK, "LINE#")}. */
  public QueryOperation<OrderLine, StringSortKey<String>> queryByGsi1(String orderId) {
    return newMemberQuery("GSI1", orderId);
  }
}
