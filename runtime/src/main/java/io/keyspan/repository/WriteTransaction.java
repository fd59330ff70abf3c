package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.TransactWriteItem;
import io.keyspan.engine.TransactWriteItemsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes to items of one or more repositories, all or none (TransactWriteItems, up to 100 actions
 * on distinct items):
 *
 * <pre>{@code
 * WriteTransaction.of(db)
 *     .add(orders.putOperation(order))
 *     .add(users.update("alice").add(UserSchema.ORDER_COUNT, 1))
 *     .add(stock.conditionCheck(stock.key("sku"), StockSchema.COUNT.gt(0)))
 *     .execute();
 * }</pre>
 *
 * A failed condition cancels all actions with a {@code TransactionCanceledException} whose reasons
 * are aligned with the actions.
 */
public final class WriteTransaction {
  private final Keyspan keyspan;
  private final List<TransactWriteItem> actions = new ArrayList<>();
  private String clientRequestToken;

  private WriteTransaction(Keyspan keyspan) {
    this.keyspan = Objects.requireNonNull(keyspan, "keyspan");
  }

  public static WriteTransaction of(Keyspan keyspan) {
    return new WriteTransaction(keyspan);
  }

  public WriteTransaction add(TransactionalWrite action) {
    actions.add(action.toTransactWriteItem());
    return this;
  }

  /** Makes a retry of this transaction idempotent for ten minutes. */
  public WriteTransaction idempotencyToken(String token) {
    this.clientRequestToken = token;
    return this;
  }

  public TransactWriteItemsRequest request() {
    return new TransactWriteItemsRequest(actions, clientRequestToken, null);
  }

  public void execute() {
    keyspan.engine().transactWriteItems(request());
  }
}
