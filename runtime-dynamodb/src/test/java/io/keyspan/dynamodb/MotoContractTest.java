package io.keyspan.dynamodb;

import io.keyspan.contract.EngineContract.Deviation;
import io.keyspan.contract.PartiqlTransactionContract;
import io.keyspan.contract.TableContract;
import io.keyspan.contract.TransactionContract;
import io.keyspan.dynamodb.emulator.Emulators;
import io.keyspan.engine.Engine;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/**
 * The parts of the engine contract suite dynalite cannot run (transactions, time to live), on the
 * AWS SDK engine against moto.
 */
@Tag("emulators")
class MotoContractTest {
  /** moto's documented deviations from DynamoDB (runtime-dynamodb/EMULATORS.md). */
  private static final Set<Deviation> DEVIATIONS =
      Set.of(
          // API ReturnConsumedCapacity: "NONE - No ConsumedCapacity details are included"; moto
          // includes them anyway.
          Deviation.CONSUMED_CAPACITY_UNASKED,
          // ListTables pages by ExclusiveStartTableName through names in order (dynalite sorts
          // them;
          // moto 5.2.1's list_tables keeps creation order).
          Deviation.TABLES_LISTED_IN_CREATION_ORDER,
          // API TransactGetItems Get.ProjectionExpression; moto 5.2.1's transact_get_items never
          // reads
          // it (moto/dynamodb/responses.py).
          Deviation.NO_PROJECTION_IN_TRANSACT_GET,
          // runtime-dynamodb/EMULATORS.md: moto misses many validations and words others its own
          // way.
          Deviation.LOOSE_VALIDATION);

  private static Engine engine;

  private static synchronized Engine engine() {
    if (engine == null) {
      engine = DynamoDbEngine.using(Emulators.moto().client());
    }
    return engine;
  }

  @Nested
  class Tables extends TableContract {
    @Override
    protected Engine engine() {
      return MotoContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    protected Engine engine() {
      return MotoContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }

  // No TagContract here: moto 5 keeps a second entry when a key is tagged again, answers a missing
  // table without ResourceNotFoundException and checks no tagging restriction
  // (runtime-dynamodb/EMULATORS.md); the contract runs on dynalite and on the server.

  @Nested
  class Partiql extends PartiqlTransactionContract {
    @Override
    protected Engine engine() {
      return MotoContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }
}
