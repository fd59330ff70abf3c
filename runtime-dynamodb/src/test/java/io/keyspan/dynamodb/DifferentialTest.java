package io.keyspan.dynamodb;

import static com.google.common.truth.Truth.assertWithMessage;

import io.keyspan.Keyspan;
import io.keyspan.dynamodb.emulator.Emulators;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The differential test: seeded random sequences on the in-memory engine and on an emulator through
 * the AWS SDK engine, every outcome compared (see {@link Differential}). dynalite runs everything
 * but transactions; moto runs transactions among puts, updates, deletes and reads. Counts go to
 * target/differential-report.txt.
 */
@Tag("emulators")
class DifferentialTest {
  private static final int DYNALITE_SEEDS = 30;
  private static final int MOTO_SEEDS = 8;
  private static final int LENGTH = 60;

  /**
   * dynalite's deviations, each with the DynamoDB rule that shows it wrong
   * (runtime-dynamodb/EMULATORS.md).
   */
  private static final List<Differential.Known> DYNALITE =
      List.of(
          // Developer Guide WorkingWithItems [API ReturnValues]: "Attributes is absent when there
          // is nothing to
          // return, for example when no old item existed. dynalite wrongly returns
          // "Attributes":{}".
          new Differential.Known(
              "dynalite: Attributes {} instead of none",
              Differential.onWrite(
                  (want, got) ->
                      want.attributes() == null
                              && got.attributes() != null
                              && got.attributes().isEmpty()
                          ? new WriteResponse(null, got.consumedCapacity())
                          : got)),
          // Developer Guide WorkingWithItems [API ReturnValuesOnConditionCheckFailure]: "On a
          // failed condition, a
          // single-item call carries Item in the ConditionalCheckFailedException"; dynalite never
          // does.
          new Differential.Known(
              "dynalite: no Item on ConditionalCheckFailed",
              (context, want, got) ->
                  want.isError()
                          && got.isError()
                          && got.detail() == null
                          && want.errorType().equals(got.errorType())
                          && want.conditionItem() != null
                      ? new Outcome(null, got.errorType(), got.message(), want.detail())
                      : got),
          // Developer Guide LSI/GSI "Provisioned throughput considerations": a write that adds,
          // changes or removes an index entry also consumes write units for the index, and
          // CapacityUnits is the operation's total; an empty Query or a GetItem of a missing item
          // still consumes the minimum read unit. dynalite charges the table alone, by its own size
          // formula (DynamoDB documents no formula), an empty read nothing, and leaves out
          // ReadCapacityUnits/WriteCapacityUnits. Accepted: the same table, never more units.
          new Differential.Known(
              "dynalite: capacity without index writes or read/write split",
              Differential.onCapacity(
                  (want, got) ->
                      got.tableName().equals(want.tableName())
                              && got.readCapacityUnits() == 0
                              && got.writeCapacityUnits() == 0
                              && got.capacityUnits() <= want.capacityUnits()
                          ? want
                          : got)),
          // Developer Guide Expressions.UpdateExpressions REMOVE: "REMOVE x.y when x is missing on
          // an existing item gives
          // 'document path ... invalid for update'. On a non-existent item it is silently ignored";
          // dynalite rejects it on a missing item too.
          new Differential.Known(
              "dynalite: REMOVE of a nested path on a missing item",
              (context, want, got) ->
                  context.operation().kind().equals("UpdateItem")
                          && context.itemBefore() == null
                          && !want.isError()
                          && got.isError()
                          && got.message()
                              .equals(
                                  "The document path provided in the update expression is invalid for update")
                      ? want
                      : got),
          // Developer Guide Expressions.UpdateExpressions [ALT
          // test_update_item_returnvalues_all_new]: "An update that only
          // REMOVEs or DELETEs on a missing item creates nothing"; dynalite creates the bare key.
          new Differential.Known(
              "dynalite: REMOVE/DELETE-only update creates a missing item",
              (context, want, got) ->
                  context.operation().kind().equals("UpdateItem")
                          && context.itemBefore() == null
                          && (want.result() instanceof WriteResponse w
                                  && w.attributes() == null
                                  && got.result() instanceof WriteResponse
                              || want.result() instanceof Differential.ItemState w2
                                  && w2.item() == null
                                  && got.result() instanceof Differential.ItemState g2
                                  && g2.item().keySet().equals(context.operation().key().keySet()))
                      ? want
                      : got),
          // Developer Guide Expressions.OperatorsAndFunctions Precedence [ALT]: "NOT NOT NOT NOT x
          // is legal"; dynalite's grammar
          // rejects a NOT directly before another NOT.
          new Differential.Known(
              "dynalite: NOT NOT rejected as a syntax error",
              (context, want, got) ->
                  context.operation().description().contains("Not[condition=Not[")
                          && got.isError()
                          && got.message().contains("Syntax error")
                      ? want
                      : got),
          // Developer Guide Query Select [API Query]: "With ProjectionExpression, Select may only
          // be
          // SPECIFIC_ATTRIBUTES"; dynalite answers Select=COUNT with a projection.
          new Differential.Known(
              "dynalite: Select COUNT with a ProjectionExpression accepted",
              (context, want, got) ->
                  want.isError()
                          && !got.isError()
                          && want.message()
                              .equals(
                                  "Cannot specify the ProjectionExpression when choosing to get only the Count")
                      ? want
                      : got));

  /** moto's deviations, with the rule that shows each wrong. */
  private static final List<Differential.Known> MOTO =
      List.of(
          // API ReturnConsumedCapacity: "NONE - No ConsumedCapacity details are included in the
          // response"; moto includes them anyway (runtime-dynamodb/EMULATORS.md).
          new Differential.Known(
              "moto: ConsumedCapacity not asked for",
              (context, want, got) -> {
                Outcome once =
                    Differential.onWrite(
                            (w, g) ->
                                w.consumedCapacity() == null
                                    ? new WriteResponse(g.attributes(), null)
                                    : g)
                        .apply(context, want, got);
                return Differential.onGet(
                        (w, g) ->
                            w.consumedCapacity() == null ? new GetItemResponse(g.item(), null) : g)
                    .apply(context, want, once);
              }));

  @Test
  void inMemoryEngine_agreesWithDynalite() {
    try (Engine memory = Keyspan.inMemory().engine()) {
      Differential differential =
          new Differential(
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
      Differential differential =
          new Differential(memory, DynamoDbEngine.using(Emulators.moto().client()), MOTO, true);
      for (long seed = 1001; seed < 1001 + MOTO_SEEDS; seed++) {
        differential.run(seed, LENGTH);
      }
      report("moto", differential);
    }
  }

  private static void report(String emulator, Differential differential) {
    String text =
        emulator
            + ": "
            + differential.compared()
            + " operations compared "
            + differential.perKind()
            + "; allow-listed differences "
            + differential.allowed()
            + "; divergences "
            + differential.divergences().size()
            + "\n";
    System.out.print(text);
    try {
      Path report =
          Paths.get(
              System.getProperty("keyspan.build.directory", "target"), "differential-report.txt");
      Files.createDirectories(report.getParent());
      Files.writeString(
          report,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Files.writeString(
          report.resolveSibling("differential-divergences-" + emulator + ".txt"),
          differential.divergences().stream()
              .map(Object::toString)
              .collect(Collectors.joining("\n\n")),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertWithMessage(
            "divergences between the in-memory engine and "
                + emulator
                + ":\n"
                + differential.divergences().stream()
                    .limit(10)
                    .map(Object::toString)
                    .collect(Collectors.joining("\n")))
        .that(differential.divergences())
        .isEmpty();
  }
}
