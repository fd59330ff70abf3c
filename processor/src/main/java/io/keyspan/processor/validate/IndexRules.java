package io.keyspan.processor.validate;

import io.keyspan.expression.Path;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.model.MethodPlan.Projected;
import io.keyspan.processor.model.TableModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads of an index: global indexes are eventually consistent, and only projected attributes can be
 * read.
 */
final class IndexRules extends MethodRules {
  IndexRules(MethodRules context) {
    super(context);
  }

  /** The components of a projection record must be attributes the index projects. */
  void projectedRules(TableModel.Index index, Projected projected) {
    if (!index.projection().equals("ALL")) {
      notProjected(
          projected.components().stream().map(p -> Path.of(p.attributeName())).toList(),
          methodPlace,
          projected(index),
          index,
          projectionDescription(index),
          new LinkedHashSet<>());
    }
  }

  void indexRules(TableModel.Index index) {
    if (index.global() && parsed.consistentRead()) {
      report.error(
          parsed.consistentReadPlace(),
          Message.CONSISTENT_READ_ON_GLOBAL_INDEX,
          name(),
          index.name());
    }
    if (index.projection().equals("ALL")) {
      return;
    }
    Set<String> projected = projected(index);
    String projection = projectionDescription(index);
    Set<String> reported = new LinkedHashSet<>();
    if (parsed.condition() != null) {
      notProjected(
          TreeWalk.of(parsed.condition()).paths(),
          parsed.conditionPlace(),
          projected,
          index,
          projection,
          reported);
    }
    if (parsed.projection() != null) {
      notProjected(
          TreeWalk.of(parsed.projection()).paths(),
          parsed.projectionPlace(),
          projected,
          index,
          projection,
          reported);
    }
  }

  /** The attributes an index holds: the table's and its own keys, and its included attributes. */
  private Set<String> projected(TableModel.Index index) {
    Set<String> projected = new LinkedHashSet<>(Keys.of(entity).names());
    projected.addAll(Keys.of(index).names());
    projected.addAll(index.nonKeyAttributes());
    return projected;
  }

  private String projectionDescription(TableModel.Index index) {
    return index.projection()
        + (index.nonKeyAttributes().isEmpty()
            ? ""
            : " " + String.join(", ", index.nonKeyAttributes()));
  }

  private void notProjected(
      List<Path> paths,
      Place place,
      Set<String> projected,
      TableModel.Index index,
      String projection,
      Set<String> reported) {
    for (Path path : paths) {
      String name = path.topLevelName();
      if (!projected.contains(name) && reported.add(name)) {
        report.error(place, Message.NOT_PROJECTED, name(), name, index.name(), projection);
      }
    }
  }
}
