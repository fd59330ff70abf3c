package io.keyspan.expression.eval;

import io.keyspan.expression.Path;
import io.keyspan.expression.PathElement;
import io.keyspan.expression.Projection;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a ProjectionExpression (Developer Guide Expressions.ProjectionExpressions): the result
 * keeps the original nesting, list elements are compacted in index order ({@code a.b[2]} alone
 * gives {@code {"a":{"b":[e2]}}}), and paths that do not exist are left out, so the result may be
 * empty.
 */
public final class Projector {
  private Projector() {}

  /** The attributes of {@code item} that {@code projection} names, nested as in the item. */
  public static Map<String, AttributeValue> project(
      Projection projection, Map<String, AttributeValue> item) {
    return project(projection.paths(), item);
  }

  /** The same for any list of paths; ReturnValues UPDATED_OLD/NEW project the touched paths. */
  static Map<String, AttributeValue> project(List<Path> paths, Map<String, AttributeValue> item) {
    MapNode root = new MapNode();
    for (Path path : paths) {
      AttributeValue value = PathReader.valueAt(path, item);
      if (value != null) {
        root.put(path.elements(), 0, value);
      }
    }
    return root.isEmpty() ? Map.of() : Collections.unmodifiableMap(root.toItem());
  }

  /** The node that holds the children of a step: a map for a key, a list for an index. */
  private static final PathElement.Visitor<Node<?>> NODE_FOR =
      new PathElement.Visitor<>() {
        @Override
        public Node<?> attribute(PathElement.Attribute node) {
          return new MapNode();
        }

        @Override
        public Node<?> index(PathElement.Index node) {
          return new ListNode();
        }
      };

  /**
   * A partial document under construction. Children are values (a whole subtree, taken as is) or
   * nodes still being filled. Paths read from one item never disagree about whether a step is a map
   * or a list, so a node's kind is fixed by the first path through it.
   */
  private abstract static class Node<K> {
    final Map<K, Object> children;

    Node(Map<K, Object> children) {
      this.children = children;
    }

    abstract K key(PathElement element);

    boolean isEmpty() {
      return children.isEmpty();
    }

    void put(List<PathElement> elements, int at, AttributeValue value) {
      K key = key(elements.get(at));
      if (at == elements.size() - 1) {
        children.put(key, value); // the whole value covers anything projected beneath it
        return;
      }
      Object child = children.get(key);
      if (child instanceof AttributeValue) {
        return; // an ancestor was projected whole
      }
      if (child == null) {
        child = elements.get(at + 1).accept(NODE_FOR);
        children.put(key, child);
      }
      ((Node<?>) child).put(elements, at + 1, value);
    }

    static AttributeValue build(Object child) {
      if (child instanceof AttributeValue value) {
        return value;
      }
      if (child instanceof MapNode map) {
        return AttributeValue.m(map.toItem());
      }
      return AttributeValue.l(((ListNode) child).toList());
    }
  }

  private static final class MapNode extends Node<String> {
    MapNode() {
      super(new LinkedHashMap<>());
    }

    @Override
    String key(PathElement element) {
      String name = element.attributeName();
      if (name == null) {
        throw new IllegalStateException("a list index on a map: " + element);
      }
      return name;
    }

    Map<String, AttributeValue> toItem() {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      children.forEach((name, child) -> item.put(name, build(child)));
      return item;
    }
  }

  private static final class ListNode extends Node<Integer> {
    ListNode() {
      super(new TreeMap<>()); // index order, so the elements come out compacted in order
    }

    private static final PathElement.Visitor<Integer> KEY =
        new PathElement.Visitor<>() {
          @Override
          public Integer attribute(PathElement.Attribute node) {
            throw new IllegalStateException("a map key on a list: " + node);
          }

          @Override
          public Integer index(PathElement.Index node) {
            return node.index();
          }
        };

    @Override
    Integer key(PathElement element) {
      return element.accept(KEY);
    }

    List<AttributeValue> toList() {
      List<AttributeValue> list = new ArrayList<>(children.size());
      children.values().forEach(child -> list.add(build(child)));
      return list;
    }
  }
}
