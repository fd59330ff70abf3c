package io.keyspan.processor.steps;

import io.keyspan.processor.base.RepeatedAnnotationMessager;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.read.MissingTypes;
import io.keyspan.processor.read.SingleTableReader;
import io.keyspan.processor.validate.EntityValidator;
import io.keyspan.processor.validate.SingleTableValidator;
import io.keyspan.processor.write.SingleTableWriters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The part of the entity step for single tables ({@code @Table} on a sealed interface): read the
 * interface and its members, validate, and — when nothing is wrong — write the table's and each
 * member's classes. Warnings are printed but do not stop writing.
 */
final class SingleTableStep {
  private final Map<String, Optional<SingleTable>> roundModels = new HashMap<>();
  private final Set<String> reported = new HashSet<>();

  /** Whether a member of the single table refers to a type that is not generated yet. */
  static boolean anyMemberMissing(TypeElement type) {
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      if (permitted instanceof DeclaredType declared
          && MissingTypes.any((TypeElement) declared.asElement())) {
        return true;
      }
    }
    return false;
  }

  void process(ProcessingEnvironment environment, TypeElement type) {
    model(environment, type).ifPresent(t -> new SingleTableWriters(environment).write(t));
  }

  /** Forgets the last round's models: javac gives every round fresh elements. */
  void startRound() {
    roundModels.clear();
  }

  /**
   * The checked model of a single table, from this round's cache or read and validated now: empty
   * when it has errors. Its errors and warnings are printed once per compilation, so a declared
   * repository of a member can ask for it too.
   */
  Optional<SingleTable> model(ProcessingEnvironment environment, TypeElement type) {
    String name = type.getQualifiedName().toString();
    Optional<SingleTable> cached = roundModels.get(name);
    if (cached != null) {
      return cached;
    }
    Report report = new Report();
    Optional<SingleTable> table = new SingleTableReader(environment).read(type, report);
    table.ifPresent(
        t -> {
          EntityValidator members = new EntityValidator(environment.getTypeUtils());
          t.members().forEach(member -> members.validate(member.entity(), report));
          new SingleTableValidator().validate(t, report);
        });
    if (reported.add(name)) {
      report.printTo(new RepeatedAnnotationMessager(environment));
    }
    Optional<SingleTable> model = report.isClean() ? table : Optional.empty();
    roundModels.put(name, model);
    return model;
  }
}
