package io.keyspan.expression.eval;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.Update;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/** Builds test updates clause by clause, paths written as {@link Trees#path} text. */
final class Updates {
  private final List<Update.SetAction> set = new ArrayList<>();
  private final List<Path> remove = new ArrayList<>();
  private final List<Update.AddAction> add = new ArrayList<>();
  private final List<Update.DeleteAction> delete = new ArrayList<>();

  static Updates update() {
    return new Updates();
  }

  Updates set(String path, UpdateValue value) {
    set.add(new Update.SetAction(Trees.path(path), value));
    return this;
  }

  Updates set(String path, AttributeValue value) {
    return set(path, new Literal(value));
  }

  Updates remove(String... paths) {
    for (String path : paths) {
      remove.add(Trees.path(path));
    }
    return this;
  }

  Updates add(String path, AttributeValue value) {
    add.add(new Update.AddAction(Trees.path(path), new Literal(value)));
    return this;
  }

  Updates delete(String path, AttributeValue value) {
    delete.add(new Update.DeleteAction(Trees.path(path), new Literal(value)));
    return this;
  }

  Update build() {
    return new Update(set, remove, add, delete);
  }
}
