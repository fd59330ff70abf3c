package io.keyspan.expression.eval;

import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/** Builds test updates clause by clause, paths written as {@link Trees#path} text. */
final class Updates {
  private final List<UpdateExpression.SetAction> set = new ArrayList<>();
  private final List<Path> remove = new ArrayList<>();
  private final List<UpdateExpression.AddAction> add = new ArrayList<>();
  private final List<UpdateExpression.DeleteAction> delete = new ArrayList<>();

  static Updates update() {
    return new Updates();
  }

  Updates set(String path, UpdateValue value) {
    set.add(new UpdateExpression.SetAction(Trees.path(path), value));
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
    add.add(new UpdateExpression.AddAction(Trees.path(path), new Literal(value)));
    return this;
  }

  Updates delete(String path, AttributeValue value) {
    delete.add(new UpdateExpression.DeleteAction(Trees.path(path), new Literal(value)));
    return this;
  }

  UpdateExpression build() {
    return new UpdateExpression(set, remove, add, delete);
  }
}
