package io.keyspan.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a member of a single table takes part in a multi-attribute index: members store its key
 * attributes as properties, and DynamoDB indexes an item only when it has every key attribute of
 * the index
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 */
public final class MemberIndexKeys {
  private MemberIndexKeys() {}

  /** The index's key attributes: the partition key's, then the sort key's, in key order. */
  public static List<String> attributes(SingleTable.KeyAttributes index) {
    List<String> all = new ArrayList<>(index.partitionKeys());
    all.addAll(index.sortKeys());
    return List.copyOf(all);
  }

  /** The member's properties that store the index's key attributes, in key order. */
  public static List<Property> held(SingleTable.Member member, SingleTable.KeyAttributes index) {
    return attributes(index).stream().flatMap(a -> property(member, a).stream()).toList();
  }

  /**
   * The index as the member fills it, with its properties as key attributes; empty when the member
   * holds none of them (it stays out of the index) or only some (an error the validator reports).
   */
  public static Optional<TableModel.Index> of(
      SingleTable.Member member, SingleTable.KeyAttributes index) {
    if (!index.multiAttribute() || held(member, index).size() != attributes(index).size()) {
      return Optional.empty();
    }
    SingleTable.IndexStorage storage = index.storage();
    return Optional.of(
        new TableModel.Index(
            index.index(),
            true,
            index.partitionKeys().stream().map(a -> property(member, a).orElseThrow()).toList(),
            index.sortKeys().stream().map(a -> property(member, a).orElseThrow()).toList(),
            storage.projection(),
            storage.include(),
            storage.readCapacity(),
            storage.writeCapacity()));
  }

  private static Optional<Property> property(SingleTable.Member member, String attribute) {
    return member.entity().properties().stream()
        .filter(p -> p.attributeName().equals(attribute))
        .findFirst();
  }
}
