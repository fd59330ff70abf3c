package io.keyspan.memory.contract;

import io.keyspan.Keyspan;
import io.keyspan.contract.BatchContract;
import io.keyspan.contract.ItemContract;
import io.keyspan.contract.PartiqlTransactionContract;
import io.keyspan.contract.QueryScanContract;
import io.keyspan.contract.TableContract;
import io.keyspan.contract.TagContract;
import io.keyspan.contract.TransactionContract;
import io.keyspan.engine.Engine;
import org.junit.jupiter.api.Nested;

/** The whole engine contract suite on the in-memory engine, which has no known deviation. */
class MemoryEngineContractTest {
  private static final Engine ENGINE = Keyspan.inMemory().engine();

  @Nested
  class Tables extends TableContract {
    @Override
    protected Engine engine() {
      return ENGINE;
    }
  }

  @Nested
  class Items extends ItemContract {
    @Override
    protected Engine engine() {
      return ENGINE;
    }
  }

  @Nested
  class QueriesAndScans extends QueryScanContract {
    @Override
    protected Engine engine() {
      return ENGINE;
    }
  }

  @Nested
  class Batches extends BatchContract {
    @Override
    protected Engine engine() {
      return ENGINE;
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    protected Engine engine() {
      return ENGINE;
    }
  }

  @Nested
  class Tags extends TagContract {
    @Override
    protected Engine engine() {
      return ENGINE;
    }
  }

  @Nested
  class Partiql extends PartiqlTransactionContract {
    @Override
    protected Engine engine() {
      return ENGINE;
    }
  }
}
