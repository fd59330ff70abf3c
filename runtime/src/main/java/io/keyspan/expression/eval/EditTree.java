package io.keyspan.expression.eval;

import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paths of one update as a tree, each action's edit at its leaf. Applying it rebuilds only the
 * maps and lists on the way to an edit and shares every other value with the old item. The paths
 * must not overlap or conflict (Developer Guide Expressions.UpdateExpressions, "Structural
 * errors"), which {@link io.keyspan.expression.parser.StaticChecks#update} reports with DynamoDB's
 * messages; a tree that skipped those checks is refused here with an IllegalArgumentException.
 *
 * <p>List edits are keyed by their index in the <em>old</em> list, and all of one list's edits are
 * applied in a single pass: replacements in place, removals dropped, SETs past the end appended in
 * index order. That gives DynamoDB's rule that indexes refer to the original positions: {@code
 * REMOVE a[1] SET a[3] = :v} on {@code [2,3,4,5,6,7]} gives {@code [2,4,17,6,7]} (1.7, Evaluation).
 */
final class EditTree {
  private final Node root = new Node(null);
  private final List<Path> targets = new ArrayList<>();

  /** The target of one more action; its edit is set once the action has been evaluated. */
  Node add(Path path) {
    Node node = root;
    for (PathElement element : path.elements()) {
      if (node.target != null) {
        throw clash(node.target, path);
      }
      node = node.child(element, path);
    }
    if (node.target != null) {
      throw clash(node.target, path);
    }
    if (node.keys != null || node.indexes != null) {
      throw clash(node.firstPath, path);
    }
    node.target = path;
    targets.add(path);
    return node;
  }

  /** The paths of every action added, in order: the paths ReturnValues project. */
  List<Path> targets() {
    return targets;
  }

  private static IllegalArgumentException clash(Path one, Path two) {
    return new IllegalArgumentException(
        "update paths " + one + " and " + two + " clash; check updates with StaticChecks.update");
  }

  /** The item after every edit. Attributes no edit reaches are the old item's own values. */
  Map<String, AttributeValue> applyTo(Map<String, AttributeValue> oldItem) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(oldItem);
    root.keys.forEach((name, node) -> node.applyIn(item, name, oldItem.get(name)));
    return Collections.unmodifiableMap(item);
  }

  /** One step of some action's path; a leaf when an action targets it. */
  static final class Node {
    private final Path firstPath;
    private Map<String, Node> keys;
    private TreeMap<Integer, Node> indexes;
    private Path target;
    private AttributeValue replacement;
    private boolean removes;

    private Node(Path firstPath) {
      this.firstPath = firstPath;
    }

    /** This target gets {@code value}: SET, and ADD after its arithmetic or union. */
    void put(AttributeValue value) {
      replacement = value;
    }

    /** This target is removed: REMOVE, and DELETE of a set's last members. */
    void remove() {
      removes = true;
    }

    /** The node one step below this one; a map key and a list index never share a parent. */
    private Node child(PathElement element, Path path) {
      return element.accept(
          new PathElement.Visitor<>() {
            @Override
            public Node attribute(PathElement.Attribute node) {
              if (indexes != null) {
                throw clash(firstPath, path);
              }
              if (keys == null) {
                keys = new LinkedHashMap<>();
              }
              return keys.computeIfAbsent(node.name(), name -> new Node(path));
            }

            @Override
            public Node index(PathElement.Index node) {
              if (keys != null) {
                throw clash(firstPath, path);
              }
              if (indexes == null) {
                indexes = new TreeMap<>();
              }
              return indexes.computeIfAbsent(node.index(), i -> new Node(path));
            }
          });
    }

    private boolean isLeaf() {
      return target != null;
    }

    /**
     * Applies this node to the entry {@code name} of a map under construction. A missing old value
     * under an inner node means every edit below was dropped (REMOVE or DELETE on an item that does
     * not exist), since the evaluator has checked every other action's parent path.
     */
    private void applyIn(Map<String, AttributeValue> map, String name, AttributeValue old) {
      if (isLeaf()) {
        if (replacement != null) {
          map.put(name, replacement);
        } else if (removes) {
          map.remove(name);
        }
      } else if (old != null) {
        map.put(name, rebuild(old));
      }
    }

    private AttributeValue rebuild(AttributeValue old) {
      if (keys != null) {
        Map<String, AttributeValue> values = ((AttributeValue.M) old).values();
        Map<String, AttributeValue> copy = new LinkedHashMap<>(values);
        keys.forEach((name, node) -> node.applyIn(copy, name, values.get(name)));
        return AttributeValue.m(copy);
      }
      List<AttributeValue> values = ((AttributeValue.L) old).values();
      int size = values.size();
      List<AttributeValue> copy = new ArrayList<>(size + indexes.size());
      int next = 0;
      for (Map.Entry<Integer, Node> entry : indexes.headMap(size).entrySet()) {
        int index = entry.getKey();
        Node node = entry.getValue();
        copy.addAll(values.subList(next, index));
        next = index + 1;
        if (!node.isLeaf()) {
          copy.add(node.rebuild(values.get(index)));
        } else if (node.replacement != null) {
          copy.add(node.replacement);
        } else if (!node.removes) {
          copy.add(values.get(index));
        }
      }
      copy.addAll(values.subList(next, size));
      // 1.7: SET on an index past the end appends; several appends go in index order.
      for (Node node : indexes.tailMap(size).values()) {
        if (node.replacement != null) {
          copy.add(node.replacement);
        }
      }
      return AttributeValue.l(copy);
    }
  }
}
