package io.keyspan.processor.validate;

import com.palantir.javapoet.TypeName;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.base.Suggestions;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The {@code @Collection}s of a single table: each names a method, and reads the partitions of at
 * least one member whose components have the same types as every other member's it reads.
 */
final class CollectionRules {
  /** The methods {@code TTable} inherits from {@code SingleTableRepository} and {@code Object}. */
  private static final List<String> TAKEN =
      List.of(
          "schema",
          "tableName",
          "createTable",
          "deleteTable",
          "describeTable",
          "scan",
          "newCollection",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait");

  void validate(SingleTable table, Report report) {
    Set<String> names = new HashSet<>();
    for (SingleTable.CollectionModel collection : table.collections()) {
      if (!SourceVersion.isIdentifier(collection.name())
          || SourceVersion.isKeyword(collection.name())) {
        report.error(
            collection.place().at("name"),
            Message.INVALID_COLLECTION_NAME,
            collection.name(),
            table.tableName().simpleName());
      } else if (TAKEN.contains(collection.name())) {
        report.error(
            collection.place().at("name"),
            Message.COLLECTION_NAME_TAKEN,
            collection.name(),
            table.tableName().simpleName(),
            String.join(", ", TAKEN));
      } else if (!names.add(collection.name())) {
        report.error(collection.place().at(), Message.DUPLICATE_COLLECTION, collection.name());
      }
      Optional<SingleTable.KeyAttributes> key = table.keyOf(collection.index());
      if (key.isEmpty()) {
        report.error(
            collection.place().at("index"),
            Message.UNKNOWN_COLLECTION_INDEX,
            collection.name(),
            collection.index(),
            table.element().getSimpleName(),
            Suggestions.didYouMean(
                collection.index(), table.indexes().stream().map(i -> i.index()).toList()),
            table.indexNames());
        continue;
      }
      List<SingleTable.Member> members = table.membersOf(collection);
      if (members.isEmpty()) {
        List<String> templates =
            table.members().stream()
                .flatMap(m -> m.template(collection.index()).stream())
                .map(t -> t.partition().text())
                .distinct()
                .toList();
        report.error(
            collection.place().at("partition"),
            Message.COLLECTION_WITHOUT_MEMBERS,
            collection.name(),
            collection.partition(),
            key.get().describe(),
            templates.isEmpty() ? "none" : String.join(", ", templates));
        continue;
      }
      componentTypes(table, collection, members, report);
    }
  }

  private static void componentTypes(
      SingleTable table,
      SingleTable.CollectionModel collection,
      List<SingleTable.Member> members,
      Report report) {
    List<String> components = collection.partition().components();
    SingleTable.Member first = members.get(0);
    for (SingleTable.Member other : members.subList(1, members.size())) {
      for (int i = 0; i < components.size(); i++) {
        Property expected = componentOf(collection, first, i);
        Property actual = componentOf(collection, other, i);
        if (expected == null || actual == null) {
          continue; // an unknown component, reported by the template rules
        }
        if (!TypeName.get(expected.type()).box().equals(TypeName.get(actual.type()).box())) {
          report.error(
              collection.place().at(),
              Message.COLLECTION_COMPONENT_TYPES,
              collection.name(),
              first.entity().element().getSimpleName(),
              components.get(i),
              expected.type(),
              other.entity().element().getSimpleName(),
              actual.type());
        }
      }
    }
  }

  /** The property behind the member's i-th partition component; null when there is none. */
  private static Property componentOf(
      SingleTable.CollectionModel collection, SingleTable.Member member, int i) {
    String name = member.template(collection.index()).orElseThrow().partition().components().get(i);
    return member.property(name).orElse(null);
  }
}
