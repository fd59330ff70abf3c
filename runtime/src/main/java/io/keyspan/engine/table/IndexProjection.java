package io.keyspan.engine.table;

import java.util.List;

/**
 * The attributes a secondary index holds: its type and, for {@link ProjectionType#INCLUDE}, the
 * non-key attributes it also copies.
 */
public record IndexProjection(ProjectionType projectionType, List<String> nonKeyAttributes) {
  public static final IndexProjection ALL = new IndexProjection(ProjectionType.ALL, List.of());
  public static final IndexProjection KEYS_ONLY =
      new IndexProjection(ProjectionType.KEYS_ONLY, List.of());

  public IndexProjection {
    if (projectionType == null) {
      throw new NullPointerException("projection type");
    }
    nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
  }

  public static IndexProjection include(List<String> nonKeyAttributes) {
    return new IndexProjection(ProjectionType.INCLUDE, nonKeyAttributes);
  }
}
