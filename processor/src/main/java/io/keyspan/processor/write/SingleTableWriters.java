package io.keyspan.processor.write;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.model.SingleTable;
import java.io.IOException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/**
 * Writes everything a single table generates, all originating from its sealed interface: {@code
 * TSchema}, {@code TTable}, each member's {@code MSchema} and {@code MRepository}, and the
 * access-patterns report.
 */
public final class SingleTableWriters {
  private final ProcessingEnvironment environment;

  public SingleTableWriters(ProcessingEnvironment environment) {
    this.environment = environment;
  }

  public void write(SingleTable table) {
    SourceWriter writer = new SourceWriter(environment.getFiler(), environment.getElementUtils());
    String packageName = table.className().packageName();
    writer.write(packageName, new SingleTableSchemaWriter().write(table), table.element());
    writer.write(
        packageName,
        new SingleTableRepositoryWriter(environment.getElementUtils()).write(table),
        table.element());
    MemberRepositoryWriter repositories = new MemberRepositoryWriter(environment.getElementUtils());
    for (SingleTable.Member member : table.members()) {
      String memberPackage = member.entity().className().packageName();
      writer.write(
          memberPackage, new MemberSchemaWriter().write(table, member), member.entity().element());
      writer.write(memberPackage, repositories.write(table, member), member.entity().element());
    }
    String path = SingleTablePatterns.path(table);
    try {
      new ClassOutput(environment.getFiler()).write(path, SingleTablePatterns.report(table));
    } catch (IOException e) {
      environment
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR, Message.RESOURCE_NOT_WRITTEN.format(path, e), table.element());
    }
  }
}
