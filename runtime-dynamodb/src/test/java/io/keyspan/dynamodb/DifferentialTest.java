package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertWithMessage;

import io.keyspan.Keyspan;
import io.keyspan.engine.Engine;
import io.keyspan.engine.GetItemResponse;
import io.keyspan.engine.WriteResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The differential test: seeded random sequences on the in-memory engine and on an emulator
 * through the AWS SDK engine, every outcome compared (see {@link Differential}). dynalite runs
 * everything but transactions; moto runs transactions among puts, updates, deletes and reads.
 * Counts go to target/differential-report.txt.
 */
class DifferentialTest {
  private static final int DYNALITE_SEEDS = 40;
  private static final int MOTO_SEEDS = 15;
  private static final int LENGTH = 60;

  /**
   * dynalite's deviations, each with the DynamoDB rule that shows it wrong
   * (../shared/semantics/ORACLES.md, DYNAMODB.md).
   */
  private static final List<Differential.Known> DYNALITE = List.of(
      new Differential.Known(
          "dynalite: Attributes {} instead of none",
          // DYNAMODB.md 1.12 [API]: "Attributes is absent when there is nothing to return, for
          // example when no old item existed. dynalite wrongly returns "Attributes":{}".
          "API ReturnValues",
          Differential.onWrite((want, got) -> want.attributes() == null && got.attributes() != null
                  && got.attributes().isEmpty()
              ? new WriteResponse(null, got.consumedCapacity())
              : got)),
      new Differential.Known(
          "dynalite: no Item on ConditionalCheckFailed",
          // DYNAMODB.md 1.12 [API ReturnValuesOnConditionCheckFailure]: "On a failed condition, a
          // single-item call carries Item in the ConditionalCheckFailedException".
          "API ReturnValuesOnConditionCheckFailure",
          (want, got) -> want.isError() && got.isError() && got.detail() == null
                  && want.errorType().equals(got.errorType()) && want.conditionItem() != null
              ? new Outcome(null, got.errorType(), got.message(), want.detail())
              : got));

  /** moto's deviations, with the rule that shows each wrong. */
  private static final List<Differential.Known> MOTO = List.of(
      new Differential.Known(
          "moto: ConsumedCapacity not asked for",
          // API ReturnConsumedCapacity: "NONE - No ConsumedCapacity details are included in the
          // response"; moto includes them anyway (ORACLES.md).
          "API ReturnConsumedCapacity",
          (want, got) -> {
            Outcome once = Differential.onWrite((w, g) -> w.consumedCapacity() == null
                ? new WriteResponse(g.attributes(), null) : g).apply(want, got);
            return Differential.onGet((w, g) -> w.consumedCapacity() == null
                ? new GetItemResponse(g.item(), null) : g).apply(want, once);
          }));

  @Test
  void inMemoryEngine_agreesWithDynalite() {
    try (Engine memory = Keyspan.inMemory().engine()) {
      Differential differential = new Differential(
          memory, DynamoDbEngine.using(Emulators.dynalite().client()), DYNALITE, false);
      for (long seed = 1; seed <= DYNALITE_SEEDS; seed++) {
        differential.run(seed, LENGTH);
      }
      report("dynalite", differential);
    }
  }

  @Test
  void inMemoryEngine_agreesWithMoto_onTransactions() {
    try (Engine memory = Keyspan.inMemory().engine()) {
      Differential differential = new Differential(
          memory, DynamoDbEngine.using(Emulators.moto().client()), MOTO, true);
      for (long seed = 1001; seed < 1001 + MOTO_SEEDS; seed++) {
        differential.run(seed, LENGTH);
      }
      report("moto", differential);
    }
  }

  private static void report(String emulator, Differential differential) {
    String text = emulator + ": " + differential.compared() + " operations compared "
        + differential.perKind() + "; allow-listed differences " + differential.allowed()
        + "; divergences " + differential.divergences().size() + "\n";
    System.out.print(text);
    try {
      Path report = Paths.get(System.getProperty("keyspan.build.directory", "target"), "differential-report.txt");
      Files.createDirectories(report.getParent());
      Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertWithMessage("divergences between the in-memory engine and " + emulator + ":\n"
            + differential.divergences().stream().limit(10).map(Object::toString).collect(Collectors.joining("\n")))
        .that(differential.divergences())
        .isEmpty();
  }
}
