package io.keyspan.dynamodb;

import io.keyspan.contract.BatchContract;
import io.keyspan.contract.EngineContract.Deviation;
import io.keyspan.contract.ItemContract;
import io.keyspan.contract.PartiqlContract;
import io.keyspan.contract.QueryScanContract;
import io.keyspan.contract.TableContract;
import io.keyspan.contract.TagContract;
import io.keyspan.dynamodb.emulator.Emulators;
import io.keyspan.engine.Engine;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/**
 * The engine contract suite on the AWS SDK engine against dynalite (everything but transactions).
 */
@Tag("emulators")
class DynaliteContractTest {
  /** dynalite's documented deviations from DynamoDB (runtime-dynamodb/EMULATORS.md). */
  private static final Set<Deviation> DEVIATIONS =
      Set.of(
          // Developer Guide WorkingWithItems: "Attributes is absent when there is nothing to return
          // ... dynalite
          // wrongly returns "Attributes":{}".
          Deviation.EMPTY_ATTRIBUTES_INSTEAD_OF_NONE,
          // Developer Guide WorkingWithItems: "On a failed condition, a single-item call carries
          // Item in the
          // ConditionalCheckFailedException"; dynalite never sends it.
          Deviation.NO_ITEM_ON_CONDITIONAL_CHECK_FAILURE,
          // API UpdateTimeToLive / DescribeTimeToLive exist; dynalite does not implement them. The
          // time-to-live contract runs on moto (MotoContractTest).
          Deviation.NO_TIME_TO_LIVE,
          // Developer Guide TaggingRestrictions: reserved aws: prefix, 50 tags; dynalite checks
          // neither and ignores CreateTable's Tags.
          Deviation.NO_TAG_VALIDATION,
          Deviation.NO_TAGS_ON_CREATE_TABLE);

  private static Engine engine;

  private static synchronized Engine engine() {
    if (engine == null) {
      engine = DynamoDbEngine.using(Emulators.dynalite().client());
    }
    return engine;
  }

  @Nested
  class Tables extends TableContract {
    @Override
    protected Engine engine() {
      return DynaliteContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }

  @Nested
  class Items extends ItemContract {
    @Override
    protected Engine engine() {
      return DynaliteContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }

  @Nested
  class QueriesAndScans extends QueryScanContract {
    @Override
    protected Engine engine() {
      return DynaliteContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }

  @Nested
  class Batches extends BatchContract {
    @Override
    protected Engine engine() {
      return DynaliteContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }

  @Nested
  class Tags extends TagContract {
    @Override
    protected Engine engine() {
      return DynaliteContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }

    // dynalite's ARNs carry its default region and account.
    @Override
    protected String tableArn(String table) {
      return "arn:aws:dynamodb:us-east-1:000000000000:table/" + table;
    }
  }

  @Nested
  class Partiql extends PartiqlContract {
    @Override
    protected Engine engine() {
      return DynaliteContractTest.engine();
    }

    @Override
    protected Set<Deviation> deviations() {
      return DEVIATIONS;
    }
  }
}
