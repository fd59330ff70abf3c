package io.keyspan.expression;

import java.util.List;

/** A ProjectionExpression: the document paths to return, in the order written. */
public record Projection(List<Path> paths) {
  public Projection {
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a projection names at least one path");
    }
  }

  public static Projection of(String... topLevelAttributes) {
    return new Projection(java.util.Arrays.stream(topLevelAttributes).map(Path::of).toList());
  }
}
