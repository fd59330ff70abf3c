package io.keyspan.processor.validate;

import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.model.ValueKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Updates respect what they change: keys never change, ADD, DELETE and list_append meet their
 * types, and maintained attributes are left to Keyspan.
 */
final class UpdateRules extends MethodRules {
  UpdateRules(MethodRules context) {
    super(context);
  }

  void update() {
    UpdateExpression update = parsed.update();
    Set<String> keyNames = Keys.of(entity).names();
    for (Path path : TreeWalk.of(update).paths()) {
      if (keyNames.contains(path.topLevelName()) && isWritten(update, path)) {
        report.error(
            parsed.updatePlace(), Message.KEY_ATTRIBUTE_UPDATED, name(), path.topLevelName());
      }
    }
    for (UpdateExpression.AddAction add : update.add()) {
      kindOf(add.path())
          .filter(k -> k != ValueKind.NUMBER && k != ValueKind.SET)
          .ifPresent(
              k ->
                  report.error(
                      parsed.updatePlace(),
                      Message.ADD_TYPE,
                      add.path().topLevelName(),
                      add.path().topLevelName(),
                      k.storedAs(),
                      add.path().topLevelName()));
    }
    for (UpdateExpression.DeleteAction delete : update.delete()) {
      kindOf(delete.path())
          .filter(k -> k != ValueKind.SET)
          .ifPresent(
              k ->
                  report.error(
                      parsed.updatePlace(),
                      Message.DELETE_TYPE,
                      delete.path().topLevelName(),
                      delete.path().topLevelName(),
                      k.storedAs()));
    }
    for (UpdateExpression.SetAction set : update.set()) {
      listAppends(set.value());
    }
  }

  /**
   * Declared writes do not plan versions, counters or timestamps, so they refuse tables that have
   * them.
   */
  void noMaintainedAttributes() {
    entity.properties().stream()
        .filter(p -> p.roles().maintained())
        .findFirst()
        .ifPresent(
            p ->
                report.error(
                    methodPlace,
                    Message.MAINTAINED_ATTRIBUTE,
                    name(),
                    entity.table().orElseThrow().name(),
                    p.attributeName(),
                    p.roles().version()
                        ? "@Version"
                        : p.roles().counter().isPresent()
                            ? "@AtomicCounter"
                            : "@" + p.roles().timestamp().orElseThrow().annotation(),
                    entity.repositoryName().simpleName()));
  }

  private boolean isWritten(UpdateExpression update, Path path) {
    return update.set().stream().anyMatch(s -> s.path().equals(path))
        || update.remove().contains(path)
        || update.add().stream().anyMatch(a -> a.path().equals(path))
        || update.delete().stream().anyMatch(d -> d.path().equals(path));
  }

  private void listAppends(UpdateValue value) {
    if (value instanceof UpdateValue.ListAppend append) {
      for (UpdateValue operand : List.of(append.first(), append.second())) {
        if (operand instanceof Path path) {
          kindOf(path)
              .filter(k -> k != ValueKind.LIST)
              .ifPresent(
                  k ->
                      report.error(
                          parsed.updatePlace(),
                          Message.LIST_APPEND_TYPE,
                          path.topLevelName(),
                          path.topLevelName(),
                          k.storedAs()));
        }
        listAppends(operand);
      }
    } else if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      listAppends(ifNotExists.fallback());
    }
  }

  /** The stored kind of a top-level attribute path; empty for nested paths and converted types. */
  private Optional<ValueKind> kindOf(Path path) {
    if (!path.isTopLevel()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byAttribute.get(path.topLevelName()))
        .map(p -> p.mapping().kind())
        .filter(k -> k != ValueKind.CONVERTED);
  }
}
