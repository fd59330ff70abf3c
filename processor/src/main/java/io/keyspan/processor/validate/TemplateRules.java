package io.keyspan.processor.validate;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.base.Suggestions;
import io.keyspan.processor.model.KeyTemplateText;
import io.keyspan.processor.model.MemberIndexKeys;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.model.TypeMapping;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key templates of each member of a single table: one for the table key and at most one per
 * declared index, a sort template exactly where the key has a sort key, components that name
 * properties of a type with an ordered text form, and no two members whose table keys could
 * collide.
 */
final class TemplateRules {
  private static final Set<String> COMPONENT_TYPES =
      Set.of(
          "java.lang.String",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.time.Instant",
          "java.time.LocalDate",
          "java.util.UUID");

  void validate(SingleTable table, Report report) {
    for (SingleTable.Member member : table.members()) {
      templatesOf(table, member, report);
    }
    List<SingleTable.Member> members = table.members();
    for (int later = 1; later < members.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        ambiguity(table, members.get(earlier), members.get(later), report);
        for (SingleTable.KeyAttributes index : table.indexes()) {
          indexOverlap(index, members.get(earlier), members.get(later), report);
        }
      }
    }
  }

  /** Whether a property's value can be a template component. */
  static boolean isComponentType(Property property) {
    return !property.optional()
        && (property.mapping() instanceof TypeMapping.EnumType
            || COMPONENT_TYPES.contains(
                com.palantir.javapoet.TypeName.get(property.type()).box().toString()));
  }

  private void templatesOf(SingleTable table, SingleTable.Member member, Report report) {
    String name = member.entity().element().getSimpleName().toString();
    if (member.tableKey().isEmpty()) {
      SingleTable.KeyAttributes key = table.key();
      report.error(
          member.entity().element(),
          Message.NO_TABLE_KEY_TEMPLATE,
          name,
          key.partitionKey() + (key.sortKey() == null ? "" : ", " + key.sortKey()),
          "partition = \"...\"" + (key.sortKey() == null ? "" : ", sort = \"...\""));
    }
    Set<String> seen = new HashSet<>();
    for (SingleTable.Template template : member.templates()) {
      if (template.derived()) {
        continue; // the table key's template, checked as such
      }
      Optional<SingleTable.KeyAttributes> key = table.keyOf(template.index());
      if (key.isEmpty()) {
        report.error(
            template.place().at("index"),
            Message.UNKNOWN_TEMPLATE_INDEX,
            name,
            template.index(),
            table.element().getSimpleName(),
            Suggestions.didYouMean(
                template.index(), table.indexes().stream().map(i -> i.index()).toList()),
            table.element().getSimpleName(),
            table.indexNames());
        continue;
      }
      if (key.get().multiAttribute()) {
        report.error(
            template.place().at("index"),
            Message.TEMPLATE_FOR_MULTI_ATTRIBUTE_INDEX,
            name,
            template.index(),
            String.join(", ", MemberIndexKeys.attributes(key.get())),
            name);
        continue;
      }
      if (key.get().keyedBy(table.key())) {
        report.error(
            template.place().at("index"),
            Message.TEMPLATE_FOR_TABLE_KEYED_INDEX,
            name,
            template.index(),
            String.join(", ", key.get().templatedAttributes()));
        continue;
      }
      if (!seen.add(String.valueOf(template.index()))) {
        report.error(template.place().at(), Message.TEMPLATE_TWICE, name, key.get().describe());
        continue;
      }
      if (key.get().sortKey() != null && template.sort() == null) {
        report.error(
            template.place().at(),
            Message.MISSING_SORT_TEMPLATE,
            name,
            key.get().describe(),
            key.get().sortKey());
      } else if (key.get().sortKey() == null && template.sort() != null) {
        report.error(
            template.place().at("sort"),
            Message.SORT_TEMPLATE_WITHOUT_SORT_KEY,
            name,
            key.get().describe(),
            template.sort());
      }
      components(member, template, template.partition(), "partition", report);
      if (template.sort() != null) {
        components(member, template, template.sort(), "sort", report);
      }
    }
  }

  private void components(
      SingleTable.Member member,
      SingleTable.Template template,
      KeyTemplateText text,
      String annotationMember,
      Report report) {
    String name = member.entity().element().getSimpleName().toString();
    for (String component : text.components()) {
      Optional<Property> property = member.property(component);
      if (property.isEmpty()) {
        List<String> names = member.entity().properties().stream().map(Property::javaName).toList();
        report.error(
            template.place().at(annotationMember),
            Message.UNKNOWN_COMPONENT,
            text,
            name,
            component,
            name,
            Suggestions.didYouMean(component, names),
            String.join(", ", names));
      } else if (property.get().mapping() != null && !isComponentType(property.get())) {
        report.error(
            template.place().at(annotationMember),
            Message.COMPONENT_TYPE,
            text,
            name,
            component,
            property.get().type());
      }
    }
  }

  /**
   * Two members whose table-key templates have one shape render the same key from the same values:
   * an error. Sort templates under one partition template whose literal prefixes overlap are read
   * together by a {@code begins_with}: a warning.
   */
  private void ambiguity(
      SingleTable table, SingleTable.Member earlier, SingleTable.Member later, Report report) {
    Optional<SingleTable.Template> first = earlier.tableKey();
    Optional<SingleTable.Template> second = later.tableKey();
    if (!sharePartitionShape(first, second)) {
      return;
    }
    KeyTemplateText firstSort = first.get().sort();
    KeyTemplateText secondSort = second.get().sort();
    boolean sorted = table.key().sortKey() != null;
    if (sorted && (firstSort == null || secondSort == null)) {
      return; // a missing sort template, reported on its own
    }
    if (!sorted || firstSort.shape().equals(secondSort.shape())) {
      report.error(
          second.get().place().at(),
          Message.AMBIGUOUS_TEMPLATES,
          earlier.entity().element().getSimpleName(),
          describe(first.get()),
          later.entity().element().getSimpleName(),
          describe(second.get()));
    } else if (prefixesOverlap(firstSort, secondSort)) {
      report.warning(
          second.get().place().at(),
          Message.OVERLAPPING_TEMPLATE_PREFIX,
          later.entity().element().getSimpleName(),
          secondSort,
          secondSort.literalPrefix(),
          earlier.entity().element().getSimpleName(),
          firstSort,
          firstSort.literalPrefix());
    }
  }

  /**
   * Index keys need not be unique, so two members may share an index key shape; but a member's
   * index query then reads the other member's items and filters them out, paying for them: a
   * warning. See
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Writes
   */
  private void indexOverlap(
      SingleTable.KeyAttributes index,
      SingleTable.Member earlier,
      SingleTable.Member later,
      Report report) {
    Optional<SingleTable.Template> first = earlier.template(index.index());
    Optional<SingleTable.Template> second = later.template(index.index());
    if (!sharePartitionShape(first, second)) {
      return;
    }
    KeyTemplateText firstSort = first.get().sort();
    KeyTemplateText secondSort = second.get().sort();
    if ((firstSort == null) != (secondSort == null)) {
      return; // a sort template where the index has none, or none where it has one: reported
    }
    if (firstSort == null || prefixesOverlap(firstSort, secondSort)) {
      report.warning(
          second.get().place().at(),
          Message.OVERLAPPING_INDEX_TEMPLATES,
          index.index(),
          later.entity().element().getSimpleName(),
          describe(second.get()),
          earlier.entity().element().getSimpleName(),
          describe(first.get()));
    }
  }

  /** Whether both members have the template and its partition parts have one shape. */
  private static boolean sharePartitionShape(
      Optional<SingleTable.Template> first, Optional<SingleTable.Template> second) {
    return first.isPresent()
        && second.isPresent()
        && first.get().partition().shape().equals(second.get().partition().shape());
  }

  /** Whether a {@code begins_with} on one sort template's literal prefix reads the other's keys. */
  private static boolean prefixesOverlap(KeyTemplateText first, KeyTemplateText second) {
    return first.literalPrefix().startsWith(second.literalPrefix())
        || second.literalPrefix().startsWith(first.literalPrefix());
  }

  private static String describe(SingleTable.Template template) {
    return template.sort() == null
        ? template.partition().text()
        : template.partition().text() + ", " + template.sort().text();
  }
}
