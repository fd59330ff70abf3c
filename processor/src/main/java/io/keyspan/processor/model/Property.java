package io.keyspan.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One mapped property of an entity or document.
 *
 * @param element the field or record component, where errors about the property point
 * @param javaName the property name ({@code userId})
 * @param attributeName the stored attribute name ({@code UserID})
 * @param type the declared Java type
 * @param optional whether the type is {@code Optional<...>} of the mapped type
 * @param primitive the kind of a primitive type, whose absent value reads as its zero; empty for
 *     references
 * @param mapping how the (unwrapped) type is stored; null when it cannot be (already reported), so
 *     that the other rules are still checked and every error of a build shows at once
 * @param read how an instance gives the value: its record component, its getter or its field
 * @param setter the setter's name for beans; null otherwise
 * @param roles what else the property is: key, index key, version, ...
 */
public record Property(
    Element element,
    String javaName,
    String attributeName,
    TypeMirror type,
    boolean optional,
    Optional<TypeKind> primitive,
    TypeMapping mapping,
    Accessor read,
    String setter,
    Roles roles) {

  /**
   * The member that gives a property's value: a method without parameters (a record component's
   * accessor, a getter) or a field. The writers turn it into code.
   */
  public record Accessor(String name, boolean method) {}

  /** The generated constant name: {@code userId} becomes {@code USER_ID}. */
  public String constantName() {
    return Names.constantName(javaName);
  }

  /**
   * The roles of a property beyond being an attribute.
   *
   * @param indexKeys the secondary-index keys it is
   * @param counter the counter's start and delta; empty when not a counter
   * @param timestamp CREATED or UPDATED; empty when not a timestamp
   */
  public record Roles(
      boolean partitionKey,
      boolean sortKey,
      List<IndexKey> indexKeys,
      boolean version,
      Optional<Counter> counter,
      Optional<Timestamp> timestamp,
      boolean timeToLive) {
    public Roles {
      indexKeys = List.copyOf(indexKeys);
    }

    /** Whether generated writes keep this attribute up to date (version, counter, timestamp). */
    public boolean maintained() {
      return version || counter.isPresent() || timestamp.isPresent();
    }
  }

  /**
   * A role in one secondary index, as one key annotation declares it.
   *
   * @param order the attribute's position in a multi-attribute key, from 1; 0 when not declared
   */
  public record IndexKey(
      String indexName,
      IndexRole role,
      javax.lang.model.element.AnnotationMirror annotation,
      int order) {}

  /** Which key of which kind of index. */
  public enum IndexRole {
    GLOBAL_PARTITION("IndexPartitionKey"),
    GLOBAL_SORT("IndexSortKey"),
    LOCAL_SORT("LocalIndexSortKey");

    private final String annotation;

    IndexRole(String annotation) {
      this.annotation = annotation;
    }

    public String annotation() {
      return annotation;
    }
  }

  public record Counter(long start, long delta) {}

  public enum Timestamp {
    CREATED("CreatedAt"),
    UPDATED("UpdatedAt");

    private final String annotation;

    Timestamp(String annotation) {
      this.annotation = annotation;
    }

    public String annotation() {
      return annotation;
    }
  }
}
