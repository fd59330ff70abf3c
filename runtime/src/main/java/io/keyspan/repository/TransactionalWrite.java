package io.keyspan.repository;

import io.keyspan.engine.TransactWriteItem;

/** An operation that can be one action of a {@link WriteTransaction}. */
public sealed interface TransactionalWrite
    permits PutOperation, UpdateOperation, DeleteOperation, ConditionCheck {

  /** The action as the transaction sends it. */
  TransactWriteItem toTransactWriteItem();
}
