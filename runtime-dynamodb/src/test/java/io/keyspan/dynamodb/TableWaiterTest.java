package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.engine.table.BillingMode;
import io.keyspan.engine.table.TableDescription;
import io.keyspan.engine.table.TableStatus;
import io.keyspan.exception.ResourceInUseException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWaiterTest {
  @Test
  void tableThatNeverBecomesActive_isResourceInUseAfterTheTimeout() {
    TableDescription creating =
        new TableDescription(
            "Music",
            TableStatus.CREATING,
            List.of(),
            List.of(),
            BillingMode.PAY_PER_REQUEST,
            null,
            List.of(),
            List.of(),
            0,
            0,
            Instant.EPOCH,
            null,
            null,
            null);
    TableWaiter waiter =
        new TableWaiter(name -> creating, millis -> {}); // time passes only in the waiter's count

    ResourceInUseException e =
        assertThrows(ResourceInUseException.class, () -> waiter.untilActive("Music"));

    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "Table Music did not finish changing within PT10M; it is still being created, updated or deleted");
  }
}
