package io.keyspan.repository;

import io.keyspan.Keyspan;
import io.keyspan.engine.TransactGetItem;
import io.keyspan.engine.TransactGetItemsRequest;
import io.keyspan.engine.TransactGetItemsResponse;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads items of one or more repositories as one consistent snapshot (TransactGetItems, up to 100
 * reads):
 *
 * <pre>{@code
 * ReadTransaction.Result result = ReadTransaction.of(db)
 *     .add(users.getOperation("alice"))
 *     .add(orders.getOperation("alice", "o-1"))
 *     .execute();
 * Optional<User> alice = result.get(0, users);
 * }</pre>
 */
public final class ReadTransaction {
  private final Keyspan keyspan;
  private final List<TransactGetItem> reads = new ArrayList<>();

  private ReadTransaction(Keyspan keyspan) {
    this.keyspan = Objects.requireNonNull(keyspan, "keyspan");
  }

  public static ReadTransaction of(Keyspan keyspan) {
    return new ReadTransaction(keyspan);
  }

  /** Adds a read; its result is at the next index, counting from 0. */
  public ReadTransaction add(GetOperation<?> read) {
    reads.add(read.toTransactGetItem());
    return this;
  }

  public TransactGetItemsRequest request() {
    return new TransactGetItemsRequest(reads, null);
  }

  public Result execute() {
    return new Result(keyspan.engine().transactGetItems(request()), reads);
  }

  /** The items read, in the order the reads were added. */
  public static final class Result {
    private final TransactGetItemsResponse response;
    private final List<TransactGetItem> reads;

    private Result(TransactGetItemsResponse response, List<TransactGetItem> reads) {
      this.response = response;
      this.reads = List.copyOf(reads);
    }

    /**
     * The item of the {@code index}-th read, mapped by the repository it was read from.
     *
     * @throws IllegalArgumentException when that read was of another repository's table
     */
    public <T> Optional<T> get(int index, TableRepository<T> repository) {
      if (!reads.get(index).tableName().equals(repository.tableName())) {
        throw new IllegalArgumentException(
            "Read "
                + index
                + " is of the table "
                + reads.get(index).tableName()
                + ", not "
                + repository.tableName());
      }
      Function<Map<String, AttributeValue>, T> mapping = repository.schema()::read;
      return response.responses().get(index).map(mapping);
    }

    public int size() {
      return reads.size();
    }
  }
}
