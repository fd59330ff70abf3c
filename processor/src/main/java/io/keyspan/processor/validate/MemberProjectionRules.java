package io.keyspan.processor.validate;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.AnnotationPlace;
import io.keyspan.processor.model.MemberIndexKeys;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A member's generated {@code queryBy<Index>} decodes whole members from the index's items, so an
 * index that projects less than ALL must still project every attribute of each member that fills
 * it: a global index returns only what it projects
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html#GSI.Projections).
 */
final class MemberProjectionRules {

  void validate(SingleTable table, Report report) {
    for (SingleTable.Member member : table.members()) {
      for (SingleTable.Template template : member.indexTemplates()) {
        table
            .keyOf(template.index())
            .filter(index -> !index.storage().projection().equals("ALL"))
            .ifPresent(index -> check(table, member, template.place(), index, report));
      }
      // A multi-attribute index has no template: the error goes to its @IndexAttributes.
      for (SingleTable.KeyAttributes index : table.indexes()) {
        if (!index.storage().projection().equals("ALL")
            && MemberIndexKeys.of(member, index).isPresent()) {
          check(table, member, index.place(), index, report);
        }
      }
    }
  }

  private static void check(
      SingleTable table,
      SingleTable.Member member,
      AnnotationPlace place,
      SingleTable.KeyAttributes index,
      Report report) {
    Set<String> projected = new LinkedHashSet<>(index.storage().include());
    for (SingleTable.KeyAttributes keys : List.of(table.key(), index)) {
      projected.addAll(keys.templatedAttributes());
      projected.addAll(MemberIndexKeys.attributes(keys));
    }
    List<String> needed = new ArrayList<>();
    table.typeAttribute().ifPresent(needed::add);
    member.entity().properties().stream().map(Property::attributeName).forEach(needed::add);
    String name = member.entity().element().getSimpleName().toString();
    for (String attribute : needed) {
      if (!projected.contains(attribute)) {
        report.error(
            place.at(),
            Message.MEMBER_INDEX_NOT_PROJECTED,
            name,
            index.index(),
            index.storage().projection(),
            attribute,
            attribute);
      }
    }
  }
}
