package io.keyspan.processor.read;

import com.palantir.javapoet.TypeName;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.validate.MethodVerifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Plans the methods of a declared repository of a single table's sealed interface
 * ({@code @Repository(ShopItem.class)}): reads whose key conditions and filters name the physical
 * attributes every item carries ({@code PK}, {@code SK}, {@code GSI1PK}, ..., and the item-type
 * attribute). The return type says how items are read: as the interface, every item by its item
 * type (the table read as {@link MemberEntity#ofTable}); as one member, only that member's items
 * (the table read as that member's {@link MemberEntity#of}, whose attributes its filter may name
 * too). Either way the method is then checked like any declared method.
 */
final class SingleTableQueries implements MethodReader.Planner {
  private final SingleTable table;
  private final Types types;
  private final MethodReader.Planner root;
  private final Map<Element, Member> members = new LinkedHashMap<>();

  /** A member type and the planner that reads the table as that member. */
  private record Member(SingleTable.Member member, MethodReader.Planner planner) {}

  SingleTableQueries(ProcessingEnvironment environment, SingleTable table) {
    this.table = table;
    this.types = environment.getTypeUtils();
    this.root =
        MethodReader.planner(
            environment, MemberEntity.ofTable(table, environment.getElementUtils()));
    for (SingleTable.Member member : table.members()) {
      members.put(
          member.entity().element(),
          new Member(
              member,
              MethodReader.planner(
                  environment, MemberEntity.of(table, member, environment.getElementUtils()))));
    }
  }

  @Override
  public Optional<MethodPlan> plan(
      ExecutableElement method, AnnotationMirror operation, Report report) {
    if (operation != null && !AnnotatedReader.operationOf(operation).isRead()) {
      return writes(method, AnnotatedReader.operationOf(operation), report);
    }
    Optional<TypeMirror> item = MethodVerifier.itemType(method, types);
    Element type = item.filter(DeclaredType.class::isInstance).map(types::asElement).orElse(null);
    Optional<MethodPlan> plan;
    if (item.isEmpty() || table.element().equals(type)) {
      // Counts and existence tests count every item, as a collection query's count does.
      plan = root.plan(method, operation, report);
    } else if (members.containsKey(type)) {
      Member member = members.get(type);
      plan =
          member
              .planner()
              .plan(method, operation, report)
              .map(p -> p.withMember(member.member().entity().className()));
    } else {
      report.error(
          method,
          Message.SINGLE_TABLE_RETURN_TYPE,
          method.getSimpleName(),
          TypeName.get(method.getReturnType()),
          table.className().simpleName(),
          table.className().simpleName(),
          memberNames());
      return Optional.empty();
    }
    if (plan.isPresent() && !plan.get().parsed().operation().isRead()) {
      return writes(method, plan.get().parsed().operation(), report);
    }
    if (plan.isPresent() && MemberQueries.projectsItems(plan.get())) {
      report.error(
          plan.get().parsed().projectionPlace(),
          Message.SINGLE_TABLE_PROJECTED_ITEM,
          method.getSimpleName(),
          type.getSimpleName());
      return Optional.empty();
    }
    return plan;
  }

  private Optional<MethodPlan> writes(
      ExecutableElement method, Operation operation, Report report) {
    report.error(
        method,
        Message.SINGLE_TABLE_WRITE,
        method.getSimpleName(),
        operation.describe(),
        table.className().simpleName(),
        table.members().get(0).entity().className().simpleName());
    return Optional.empty();
  }

  /** The members' simple names, for messages: {@code Customer, Order, OrderLine}. */
  private String memberNames() {
    return table.members().stream()
        .map(m -> m.entity().className().simpleName())
        .collect(Collectors.joining(", "));
  }
}
