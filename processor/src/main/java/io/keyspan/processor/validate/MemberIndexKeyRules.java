package io.keyspan.processor.validate;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.MemberIndexKeys;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import java.util.List;

/**
 * The members of a multi-attribute index: a member with a partition attribute holds every key
 * attribute, since DynamoDB leaves out of the index an item missing any of them
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html),
 * and the table keeps an item-type attribute its queries filter each member's items by.
 */
final class MemberIndexKeyRules {

  void validate(SingleTable table, Report report) {
    for (SingleTable.KeyAttributes index : table.indexes()) {
      if (!index.multiAttribute()) {
        continue;
      }
      if (table.typeAttribute().isEmpty()) {
        report.error(
            index.place().at(),
            Message.INDEX_ATTRIBUTES_NEED_TYPE_ATTRIBUTE,
            index.index(),
            table.element().getSimpleName());
      }
      List<String> attributes = MemberIndexKeys.attributes(index);
      for (SingleTable.Member member : table.members()) {
        List<Property> held = MemberIndexKeys.held(member, index);
        List<String> heldNames = held.stream().map(Property::attributeName).toList();
        // Without a partition attribute the member is simply not in the index, whatever else
        // it stores under a sort attribute's name.
        if (index.partitionKeys().stream().noneMatch(heldNames::contains)
            || held.size() == attributes.size()) {
          continue;
        }
        report.error(
            member.entity().element(),
            Message.MEMBER_PARTIAL_INDEX_KEY,
            member.entity().element().getSimpleName(),
            String.join(", ", heldNames),
            index.index(),
            String.join(", ", attributes.stream().filter(a -> !heldNames.contains(a)).toList()),
            String.join(", ", index.partitionKeys()),
            String.join(", ", index.sortKeys()),
            String.join(", ", heldNames));
      }
    }
  }
}
