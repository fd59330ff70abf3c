package io.keyspan.processor.read;

import com.palantir.javapoet.TypeName;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.MethodPlan.KeyArgument;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.validate.MethodVerifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Plans the scans and writes of a declared repository of one single-table member
 * ({@code @Repository(Order.class)}). A scan reads the member's items through its item-type filter.
 * A put writes the member's object with its rendered keys and item type. An update or delete names
 * its item by the components of the member's table-key template, as parameters of the same names;
 * an update that sets a component of an index template has that index's key rendered into the same
 * request, so what it may change is checked here: no table-key component, no computed component, no
 * index key in part, and none of the attributes Keyspan renders.
 */
final class MemberWrites {
  private final SingleTable table;
  private final SingleTable.Member member;
  private final MethodVerifier verifier;
  private final Map<String, Property> byJavaName;
  private final Map<String, Property> byAttribute;

  /**
   * @param byJavaName the member's properties by Java name
   * @param byAttribute the member's properties by attribute name
   */
  MemberWrites(
      SingleTable table,
      SingleTable.Member member,
      MethodVerifier verifier,
      Map<String, Property> byJavaName,
      Map<String, Property> byAttribute) {
    this.table = table;
    this.member = member;
    this.verifier = verifier;
    this.byJavaName = byJavaName;
    this.byAttribute = byAttribute;
  }

  /** A {@code @Scan} of the member's items, or empty after reporting why not. */
  Optional<MethodPlan> scan(ExecutableElement method, ParsedMethod parsed, Report report) {
    if (table.typeAttribute().isEmpty()) {
      report.error(
          method,
          Message.MEMBER_SCAN_WITHOUT_ITEM_TYPE,
          method.getSimpleName(),
          memberName(),
          table.className().simpleName());
      return Optional.empty();
    }
    Optional<MethodPlan> plan = verifier.verify(method, parsed, report);
    if (plan.isPresent() && MemberQueries.projectsItems(plan.get())) {
      report.error(
          parsed.projectionPlace(),
          Message.MEMBER_PROJECTED_ITEM,
          method.getSimpleName(),
          memberName());
      return Optional.empty();
    }
    return plan;
  }

  /** A {@code @Put}, {@code @Update} or {@code @Delete}, or empty after reporting why not. */
  Optional<MethodPlan> write(ExecutableElement method, ParsedMethod parsed, Report report) {
    if (parsed.operation() == Operation.PUT) {
      return verifier.verify(method, parsed, report);
    }
    int before = report.size();
    List<KeyArgument> key = new ArrayList<>();
    Map<String, VariableElement> parameters = new LinkedHashMap<>();
    method.getParameters().forEach(p -> parameters.put(p.getSimpleName().toString(), p));
    for (String component : tableKey().components()) {
      Property property = byJavaName.get(component);
      VariableElement parameter = parameters.get(component);
      if (parameter == null) {
        report.error(
            method,
            Message.WRITE_KEY_PARAMETER,
            method.getSimpleName(),
            component,
            TypeName.get(property.type()));
      } else if (MemberQueries.typeFits(parameter, property, report)) {
        key.add(new KeyArgument(property, parameter));
      }
    }
    if (parsed.update() != null) {
      updateKeepsKeys(method, parsed, report);
    }
    if (report.size() > before) {
      return Optional.empty();
    }
    return verifier.verifyWrite(method, parsed, key, report);
  }

  /** A derived {@code deleteBy...} naming exactly the table-key template's components. */
  Optional<MethodPlan> derivedDelete(
      ExecutableElement method, List<DerivedReader.Bound> criteria, Report report) {
    List<Property> components = tableKey().components().stream().map(byJavaName::get).toList();
    Place place = new Place(method, null, null);
    Optional<ParsedMethod> parsed =
        DerivedReader.deleteByKey(method, criteria, components, place, report);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    List<KeyArgument> key = new ArrayList<>();
    for (Property component : components) {
      DerivedReader.Bound bound =
          criteria.stream().filter(b -> b.property() == component).findFirst().orElseThrow();
      String name = bound.placeholders().get(0).name().substring(1);
      method.getParameters().stream()
          .filter(p -> p.getSimpleName().contentEquals(name))
          .findFirst()
          .ifPresent(p -> key.add(new KeyArgument(component, p)));
    }
    return verifier.verifyWrite(method, parsed.get(), key, report);
  }

  /**
   * Reports what an update may not change on a member: the attributes Keyspan renders, a table-key
   * component, a computed index component, some components of an index key without the others.
   */
  private void updateKeepsKeys(ExecutableElement method, ParsedMethod parsed, Report report) {
    UpdateExpression update = parsed.update();
    Set<String> rendered = renderedAttributes();
    // The components the update sets to a parameter's value, or removes: their new values are
    // known.
    Set<String> known = new LinkedHashSet<>();
    Set<String> removed = new LinkedHashSet<>();
    for (UpdateExpression.Action action : update.actions()) {
      Path path = action.path();
      if (!path.isTopLevel()) {
        continue;
      }
      String attribute = path.topLevelName();
      if (rendered.contains(attribute)) {
        report.error(
            parsed.updatePlace(),
            Message.MEMBER_RENDERED_ATTRIBUTE_UPDATED,
            method.getSimpleName(),
            attribute,
            memberName());
        continue;
      }
      Property property = byAttribute.get(attribute);
      if (property == null) {
        continue;
      }
      String component = property.javaName();
      if (tableKey().components().contains(component)) {
        report.error(
            parsed.updatePlace(),
            Message.MEMBER_COMPONENT_UPDATED,
            method.getSimpleName(),
            component,
            memberName(),
            describe(tableKey()));
        continue;
      }
      boolean set =
          action instanceof UpdateExpression.SetAction s && s.value() instanceof Placeholder;
      boolean remove = action instanceof UpdateExpression.RemoveAction;
      for (SingleTable.Template template : member.indexTemplates()) {
        if (template.components().contains(component) && !set && !remove) {
          report.error(
              parsed.updatePlace(),
              Message.MEMBER_COMPONENT_COMPUTED,
              method.getSimpleName(),
              component,
              table.keyOf(template.index()).orElseThrow().describe(),
              memberName());
        }
      }
      if (set) {
        known.add(component);
      } else if (remove) {
        removed.add(component);
      }
    }
    for (SingleTable.Template template : member.indexTemplates()) {
      List<String> changed =
          template.components().stream()
              .filter(c -> known.contains(c) || removed.contains(c))
              .toList();
      if (changed.isEmpty() || changed.stream().anyMatch(removed::contains)) {
        continue; // untouched, or the item leaves the index
      }
      List<String> missing =
          template.components().stream()
              .filter(c -> !changed.contains(c) && !tableKey().components().contains(c))
              .toList();
      if (!missing.isEmpty()) {
        report.error(
            parsed.updatePlace(),
            Message.MEMBER_INDEX_KEY_PARTIAL,
            method.getSimpleName(),
            String.join(", ", changed),
            String.join(", ", missing),
            table.keyOf(template.index()).orElseThrow().describe(),
            memberName(),
            describe(template));
      }
    }
  }

  /** The index key attributes and the item-type attribute: Keyspan writes them. */
  private Set<String> renderedAttributes() {
    Set<String> names = new LinkedHashSet<>();
    for (SingleTable.KeyAttributes index : table.indexes()) {
      names.add(index.partitionKey());
      if (index.sortKey() != null) {
        names.add(index.sortKey());
      }
    }
    table.typeAttribute().ifPresent(names::add);
    return names;
  }

  private SingleTable.Template tableKey() {
    return member.tableKey().orElseThrow();
  }

  /** {@code "CUSTOMER#{customerId}" / "ORDER#{placedAt}#{orderId}"}, for messages. */
  private static String describe(SingleTable.Template template) {
    return "\""
        + template.partition()
        + "\""
        + (template.sort() == null ? "" : " / \"" + template.sort() + "\"");
  }

  private String memberName() {
    return member.entity().className().simpleName();
  }
}
