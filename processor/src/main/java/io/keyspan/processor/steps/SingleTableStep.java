package io.keyspan.processor.steps;

import io.keyspan.processor.base.RepeatedAnnotationMessager;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.read.MissingTypes;
import io.keyspan.processor.read.SingleTableReader;
import io.keyspan.processor.validate.EntityValidator;
import io.keyspan.processor.validate.SingleTableValidator;
import io.keyspan.processor.write.SingleTableWriters;
import java.util.Optional;
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
    Report report = new Report();
    Optional<SingleTable> table = new SingleTableReader(environment).read(type, report);
    table.ifPresent(
        t -> {
          EntityValidator members = new EntityValidator(environment.getTypeUtils());
          t.members().forEach(member -> members.validate(member.entity(), report));
          new SingleTableValidator().validate(t, report);
        });
    report.printTo(new RepeatedAnnotationMessager(environment));
    if (table.isPresent() && report.isClean()) {
      new SingleTableWriters(environment).write(table.get());
    }
  }
}
