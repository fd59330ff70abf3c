package io.keyspan.expression.parser;

import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.expression.parser.Problems.Rule;
import java.util.List;

/**
 * DynamoDB's rule that the paths one update writes, or one projection reads, must not clash. Two
 * paths overlap when one equals or lies under the other ({@code a} and {@code a.b}); they conflict
 * when, at the same depth with equal steps before it, one has a map key where the other has a list
 * index ({@code a.b} and {@code a[1]}). Each later path is compared with every earlier one; path
 * one is the earlier (dynalite's updateParser and projectionParser).
 */
final class PathClashes {
  private PathClashes() {}

  /** Adds the first overlap and the first conflict among {@code paths}, in written order. */
  static void check(List<Path> paths, Problems problems) {
    String overlap = null;
    String conflict = null;
    for (int later = 1; later < paths.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        Path one = paths.get(earlier);
        Path two = paths.get(later);
        switch (compare(one, two)) {
          case OVERLAP:
            overlap = overlap != null ? overlap : Messages.pathsOverlap(one, two);
            break;
          case CONFLICT:
            conflict = conflict != null ? conflict : Messages.pathsConflict(one, two);
            break;
          default:
            break;
        }
      }
    }
    if (overlap != null) {
      problems.addUnplaced(Rule.PATH_OVERLAP, overlap);
    }
    if (conflict != null) {
      problems.addUnplaced(Rule.PATH_OVERLAP, conflict);
    }
  }

  private enum Clash {
    NONE,
    OVERLAP,
    CONFLICT
  }

  /** A map key and a list index at the same depth conflict. */
  private static Clash compare(Path one, Path two) {
    int common = Math.min(one.depth(), two.depth());
    for (int i = 0; i < common; i++) {
      PathElement left = one.elements().get(i);
      PathElement right = two.elements().get(i);
      if ((left.attributeName() == null) != (right.attributeName() == null)) {
        return Clash.CONFLICT;
      }
      if (!left.equals(right)) {
        return Clash.NONE;
      }
    }
    return Clash.OVERLAP;
  }
}
