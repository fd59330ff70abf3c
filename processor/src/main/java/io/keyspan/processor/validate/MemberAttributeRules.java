package io.keyspan.processor.validate;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes the members of a single table share: each key attribute belongs to one key and to
 * no property, the item-type attribute to nothing else, an attribute name has one DynamoDB type
 * across members, and item types differ.
 */
final class MemberAttributeRules {

  void validate(SingleTable table, Report report) {
    Map<String, SingleTable.KeyAttributes> keyAttributes = keyAttributes(table, report);
    table
        .typeAttribute()
        .filter(keyAttributes::containsKey)
        .ifPresent(
            name ->
                report.error(
                    table.key().place().at("itemTypeAttribute"),
                    Message.TYPE_ATTRIBUTE_COLLISION,
                    name,
                    table.element().getSimpleName(),
                    "a key attribute of " + keyAttributes.get(name).describe()));
    Map<String, Stored> attributes = new LinkedHashMap<>();
    Map<String, SingleTable.Member> itemTypes = new LinkedHashMap<>();
    for (SingleTable.Member member : table.members()) {
      String memberName = member.entity().element().getSimpleName().toString();
      SingleTable.Member sameType = itemTypes.putIfAbsent(member.itemType(), member);
      if (sameType != null) {
        report.error(
            member.entity().element(),
            Message.DUPLICATE_ITEM_TYPE,
            member.itemType(),
            memberName,
            sameType.entity().element().getSimpleName());
      }
      for (Property property : member.entity().properties()) {
        String attribute = property.attributeName();
        if (keyAttributes.containsKey(attribute)) {
          report.error(
              property.element(),
              Message.KEY_ATTRIBUTE_IS_PROPERTY,
              property.javaName(),
              memberName,
              attribute,
              keyAttributes.get(attribute).describe());
        } else if (table.typeAttribute().filter(attribute::equals).isPresent()) {
          report.error(
              property.element(),
              Message.TYPE_ATTRIBUTE_COLLISION,
              attribute,
              table.element().getSimpleName(),
              "the attribute of " + memberName + "." + property.javaName());
        } else {
          sameType(attributes, memberName, property, report);
        }
      }
    }
  }

  /** The key attributes of the table and its indexes, each used by one key only. */
  private Map<String, SingleTable.KeyAttributes> keyAttributes(SingleTable table, Report report) {
    List<SingleTable.KeyAttributes> keys = new ArrayList<>();
    keys.add(table.key());
    keys.addAll(table.indexes());
    Map<String, SingleTable.KeyAttributes> byName = new LinkedHashMap<>();
    for (SingleTable.KeyAttributes key : keys) {
      if (key.keyedBy(table.key())) {
        continue; // an inverted index holds the table key's attributes, rendered once
      }
      // A multi-attribute index's attributes are the members' own properties, not rendered keys.
      for (String name : key.templatedAttributes()) {
        SingleTable.KeyAttributes previous = byName.putIfAbsent(name, key);
        if (previous != null) {
          report.error(
              key.place().at(),
              Message.KEY_ATTRIBUTE_TWICE,
              name,
              previous.describe(),
              key.describe());
        }
      }
    }
    return byName;
  }

  private record Stored(String member, Property property, String type) {}

  private static void sameType(
      Map<String, Stored> attributes, String member, Property property, Report report) {
    TypeMapping mapping = property.mapping();
    if (mapping == null || mapping.kind() == ValueKind.CONVERTED) {
      return; // unreadable (reported) or known only at run time
    }
    String type =
        mapping instanceof TypeMapping.SetOf set ? set.setType() : mapping.kind().storedAs();
    Stored first =
        attributes.putIfAbsent(property.attributeName(), new Stored(member, property, type));
    if (first != null && !first.type().equals(type)) {
      report.error(
          property.element(),
          Message.ATTRIBUTE_TYPE_CONFLICT,
          property.attributeName(),
          first.type(),
          first.member(),
          first.property().javaName(),
          type,
          member,
          property.javaName());
    }
  }
}
