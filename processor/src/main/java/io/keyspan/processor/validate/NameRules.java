package io.keyspan.processor.validate;

import io.keyspan.expression.Path;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.base.Suggestions;
import io.keyspan.processor.model.TableModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The names a method uses exist: its index, and the attribute at the start of every path. */
final class NameRules extends MethodRules {
  NameRules(MethodRules context) {
    super(context);
  }

  Optional<TableModel.Index> index() {
    if (parsed.index().isEmpty()) {
      return Optional.empty();
    }
    String name = parsed.index().get();
    List<TableModel.Index> indexes = entity.table().orElseThrow().indexes();
    for (TableModel.Index index : indexes) {
      if (index.name().equals(name)) {
        return Optional.of(index);
      }
    }
    List<String> names = indexes.stream().map(TableModel.Index::name).toList();
    report.error(
        parsed.indexPlace(),
        Message.UNKNOWN_INDEX,
        name,
        entity.table().orElseThrow().name(),
        Suggestions.didYouMean(name, names),
        names.isEmpty() ? "none" : String.join(", ", names));
    return Optional.empty();
  }

  /** Whether every path starts with an attribute of the entity; reports those that do not. */
  boolean attributesExist() {
    boolean ok = true;
    if (parsed.key() != null) {
      ok &=
          exist(
              TreeWalk.of(parsed.key()).paths(),
              parsed.keyPlace(),
              "The key condition of " + name());
    }
    if (parsed.condition() != null) {
      ok &=
          exist(
              TreeWalk.of(parsed.condition()).paths(),
              parsed.conditionPlace(),
              (parsed.operation().isRead() ? "The filter of " : "The condition of ") + name());
    }
    if (parsed.update() != null) {
      ok &=
          exist(
              TreeWalk.of(parsed.update()).paths(),
              parsed.updatePlace(),
              "The update of " + name());
    }
    if (parsed.projection() != null) {
      ok &=
          exist(
              TreeWalk.of(parsed.projection()).paths(),
              parsed.projectionPlace(),
              "The projection of " + name());
    }
    return ok;
  }

  private boolean exist(List<Path> paths, Place place, String what) {
    Set<String> reported = new LinkedHashSet<>();
    for (Path path : paths) {
      String name = path.topLevelName();
      if (!byAttribute.containsKey(name) && reported.add(name)) {
        report.error(
            place,
            Message.UNKNOWN_ATTRIBUTE,
            what,
            name,
            entity.className().simpleName(),
            Suggestions.didYouMean(name, byAttribute.keySet()),
            String.join(", ", byAttribute.keySet()));
      }
    }
    return reported.isEmpty();
  }
}
