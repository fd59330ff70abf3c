package io.keyspan.schema;

import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where one member type of a single table puts its items: its item type, the templates of its
 * primary key and of each index key it fills, and the properties those templates' components read.
 * Generated member schemas build one; it does the key work of {@link MemberSchema}.
 *
 * <pre>{@code
 * MemberLayout.builder(Order.class, "ORDER", ShopItemSchema.TABLE)
 *     .component("customerId", CUSTOMER_ID, Order::customerId)
 *     .component("placedAt", PLACED_AT, Order::placedAt)
 *     .component("orderId", ORDER_ID, Order::orderId)
 *     .key("CUSTOMER#{customerId}", "ORDER#{placedAt}#{orderId}")
 *     .index("GSI1", "ORDER#{orderId}", "ORDER")
 *     .build();
 * }</pre>
 *
 * @param <M> the member type
 */
public final class MemberLayout<M> {
  private final Class<M> itemClass;
  private final String itemType;
  private final SingleTableDefinition table;
  private final Map<String, ComponentSource<M>> components;
  private final TemplatedKey primaryKey;
  private final List<TemplatedKey> indexKeys;

  /** A component's attribute (an update's SET names it) and the property it reads. */
  private record ComponentSource<M>(String attribute, Function<? super M, ?> value) {}

  /**
   * The key attributes an update writes or removes alongside its own actions.
   *
   * @param set the index key attributes rendered from the update's values, and the type attribute
   * @param remove the index key attributes of indexes the item leaves (a component became null)
   */
  public record KeyUpdate(Map<String, AttributeValue> set, List<String> remove) {
    public KeyUpdate {
      set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
      remove = List.copyOf(remove);
    }
  }

  private MemberLayout(Builder<M> builder) {
    this.itemClass = builder.itemClass;
    this.itemType = builder.itemType;
    this.table = builder.table;
    this.components =
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.components));
    this.primaryKey = builder.primaryKey;
    this.indexKeys = List.copyOf(builder.indexKeys);
  }

  /**
   * @param itemType the value of the item-type attribute ({@code @ItemType}, or the simple name)
   */
  public static <M> Builder<M> builder(
      Class<M> itemClass, String itemType, SingleTableDefinition table) {
    return new Builder<>(itemClass, itemType, table);
  }

  /** The member's class, which picks the member of an object of the sealed root type. */
  public Class<M> itemClass() {
    return itemClass;
  }

  /** The item type this member's items carry ({@code ORDER}). */
  public String itemType() {
    return itemType;
  }

  /** The shared table. */
  public SingleTableDefinition table() {
    return table;
  }

  /** The templates of the table's primary key. */
  public TemplatedKey primaryKey() {
    return primaryKey;
  }

  /** The templates of each index key this member fills, in declaration order. */
  public List<TemplatedKey> indexKeys() {
    return indexKeys;
  }

  /** The templates of this index's key, if this member fills the index. */
  public Optional<TemplatedKey> indexKey(String indexName) {
    return indexKeys.stream().filter(key -> key.indexName().equals(indexName)).findFirst();
  }

  /**
   * The attributes an item of this member carries besides its own: the primary key, each index key
   * whose components are all present (the others are left absent: sparse indexes), and the type.
   *
   * @throws MappingException when a component of the primary key is null
   */
  public Map<String, AttributeValue> keyAttributes(M item) {
    Map<String, String> forms = new LinkedHashMap<>();
    components.forEach(
        (name, source) -> forms.put(name, KeyComponents.encodeValue(source.value().apply(item))));
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    Map<String, AttributeValue> key = primaryKey.render(forms::get);
    if (key == null) {
      throw new MappingException(
          itemType
              + ": the "
              + primaryKey.describe()
              + " needs "
              + primaryKey.components().stream().filter(name -> forms.get(name) == null).toList()
              + ", which are null");
    }
    attributes.putAll(key);
    for (TemplatedKey indexKey : indexKeys) {
      Map<String, AttributeValue> rendered = indexKey.render(forms::get);
      if (rendered != null) {
        attributes.putAll(rendered);
      }
    }
    table.typeAttribute().ifPresent(name -> attributes.put(name, AttributeValue.s(itemType)));
    return attributes;
  }

  /**
   * The primary key from its components' values, in {@link TemplatedKey#components()} order (those
   * of the partition template, then those of the sort template): the key of {@code get(customerId,
   * placedAt, orderId)}.
   *
   * @throws IllegalArgumentException for the wrong number of values or a value that is null
   */
  public Map<String, AttributeValue> primaryKeyOf(Object... componentValues) {
    int partitionCount = primaryKey.partition().components().size();
    checkCount(primaryKey, primaryKey.components(), componentValues);
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put(
        primaryKey.partitionAttribute(),
        AttributeValue.s(
            primaryKey
                .partition()
                .renderValues(Arrays.copyOfRange(componentValues, 0, partitionCount))));
    primaryKey
        .sortTemplate()
        .ifPresent(
            sort ->
                key.put(
                    primaryKey.sortAttribute(),
                    AttributeValue.s(
                        sort.renderValues(
                            Arrays.copyOfRange(
                                componentValues, partitionCount, componentValues.length)))));
    return key;
  }

  /**
   * The rendered partition key of the table ({@code indexName} null) or an index, from the values
   * of its partition template's components in order: the key condition of a query.
   *
   * @throws IllegalArgumentException for an index this member does not fill, the wrong number of
   *     values or a value that is null
   */
  public AttributeValue partitionKeyOf(String indexName, Object... componentValues) {
    TemplatedKey key = templates(indexName);
    checkCount(key, key.partition().components(), componentValues);
    return AttributeValue.s(key.partition().renderValues(componentValues));
  }

  /** The templates of the table key ({@code indexName} null) or of an index this member fills. */
  public TemplatedKey templates(String indexName) {
    if (indexName == null) {
      return primaryKey;
    }
    return indexKey(indexName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    itemType + " has no key template for the index " + indexName));
  }

  /**
   * Whether a stored item is of this member: its type attribute names this member, or (types
   * derived from keys) its keys match this member's primary key templates.
   */
  public boolean isTypeOf(Map<String, AttributeValue> item) {
    return table.typeAttribute().isPresent()
        ? table.typeOf(item).filter(itemType::equals).isPresent()
        : primaryKey.matches(item);
  }

  /**
   * @throws MappingException naming the type found and this member's, when the item is of another
   *     type
   */
  public void checkType(Map<String, AttributeValue> item) {
    if (isTypeOf(item)) {
      return;
    }
    String found =
        table
            .typeAttribute()
            .map(
                name ->
                    table
                        .typeOf(item)
                        .map(type -> "the item is of type " + type)
                        .orElse("the item has no string attribute " + name))
            .orElse("the item's keys do not match the " + primaryKey.describe());
    throw new MappingException(found + ", expected " + itemType);
  }

  /**
   * The filter a query of this member's items adds ({@code _type = ORDER}); null when types are
   * derived from keys, since a filter cannot name key attributes.
   */
  public Condition typeFilter() {
    return table
        .typeAttribute()
        .map(
            name ->
                (Condition)
                    new Condition.Compare(
                        Path.of(name),
                        ComparisonOperator.EQ,
                        new Literal(AttributeValue.s(itemType))))
        .orElse(null);
  }

  /**
   * The key attributes an update must write so no index key goes stale: for each index with a
   * component among {@code assigned}, its key rendered from the assigned values, or its key removed
   * when one of them is null (the item leaves the sparse index); and the type attribute, so an
   * update that creates the item makes it of this type.
   *
   * @param assigned the Java values the update SETs (null: REMOVE), by attribute name
   * @param keyComponents the values of the primary key's components, by component name, when the
   *     update's key was rendered from them (empty otherwise): an index template that shares them
   *     takes them from there
   * @param computed the attributes whose new values the update computes from the stored ones (ADD,
   *     if_not_exists, list_append), unknown before sending
   * @throws IllegalArgumentException when the update changes a component of the primary key (a key
   *     cannot change), computes a component, or sets some components of an index key but not the
   *     others; the message names the template and the components
   */
  public KeyUpdate keyUpdate(
      Map<String, Object> assigned, Map<String, Object> keyComponents, Set<String> computed) {
    Map<String, Object> byComponent = new LinkedHashMap<>();
    components.forEach(
        (name, source) -> {
          if (computed.contains(source.attribute())) {
            throw new IllegalArgumentException(
                itemType
                    + ": the update computes "
                    + name
                    + " from its stored value, but it is a key-template component, whose new"
                    + " value must be known to render the key: set it to a value instead");
          }
          if (assigned.containsKey(source.attribute())) {
            byComponent.put(name, assigned.get(source.attribute()));
          }
        });
    List<String> changedKey =
        primaryKey.components().stream().filter(byComponent::containsKey).toList();
    if (!changedKey.isEmpty()) {
      throw new IllegalArgumentException(
          itemType
              + ": the update changes "
              + changedKey
              + " of the "
              + primaryKey.describe()
              + "; a key cannot change: delete the item and put the changed one in one transaction");
    }
    Set<String> changed = Set.copyOf(byComponent.keySet());
    keyComponents.forEach(byComponent::putIfAbsent);
    Map<String, AttributeValue> set = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    for (TemplatedKey indexKey : indexKeys) {
      List<String> names = indexKey.components();
      if (names.stream().noneMatch(changed::contains)) {
        continue;
      }
      if (names.stream()
          .anyMatch(name -> byComponent.containsKey(name) && byComponent.get(name) == null)) {
        remove.add(indexKey.partitionAttribute());
        indexKey.sortTemplate().ifPresent(sort -> remove.add(indexKey.sortAttribute()));
        continue;
      }
      List<String> missing = names.stream().filter(name -> !byComponent.containsKey(name)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            itemType
                + ": the update sets "
                + names.stream().filter(changed::contains).toList()
                + " of the "
                + indexKey.describe()
                + " but not "
                + missing
                + "; set them too, so the index key is rendered whole and never left stale");
      }
      set.putAll(indexKey.render(name -> KeyComponents.encodeValue(byComponent.get(name))));
    }
    table.typeAttribute().ifPresent(name -> set.put(name, AttributeValue.s(itemType)));
    return new KeyUpdate(set, remove);
  }

  private void checkCount(TemplatedKey key, List<String> names, Object[] componentValues) {
    if (componentValues.length != names.size()) {
      throw new IllegalArgumentException(
          itemType
              + ": the "
              + key.describe()
              + " takes the components "
              + names
              + ", not "
              + componentValues.length
              + " values");
    }
  }

  @Override
  public String toString() {
    return "MemberLayout[" + itemType + ", " + primaryKey.describe() + ", " + indexKeys + "]";
  }

  /**
   * Collects a {@link MemberLayout}; {@link #build} checks the templates against the table.
   *
   * @param <M> the member type
   */
  public static final class Builder<M> {
    private final Class<M> itemClass;
    private final String itemType;
    private final SingleTableDefinition table;
    private final Map<String, ComponentSource<M>> components = new LinkedHashMap<>();
    private TemplatedKey primaryKey;
    private final List<TemplatedKey> indexKeys = new ArrayList<>();

    private Builder(Class<M> itemClass, String itemType, SingleTableDefinition table) {
      this.itemClass = Objects.requireNonNull(itemClass, "itemClass");
      this.itemType = Objects.requireNonNull(itemType, "itemType");
      this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * A component templates may name: the property's attribute (so an update's SET of it is
     * recognised) and its accessor.
     */
    public <V> Builder<M> component(
        String name, TypedAttribute<V> attribute, Function<? super M, ? extends V> value) {
      components.put(
          Objects.requireNonNull(name, "name"),
          new ComponentSource<>(attribute.path().topLevelName(), value));
      return this;
    }

    /** The primary key's templates; {@code sort} null when the table has no sort key. */
    public Builder<M> key(String partition, String sort) {
      TableDefinition definition = table.table();
      this.primaryKey =
          templates(
              null, definition.partitionKey(), definition.sortKey().orElse(null), partition, sort);
      return this;
    }

    /** An index key's templates; {@code sort} null when the index has no sort key. */
    public Builder<M> index(String indexName, String partition, String sort) {
      IndexDefinition index =
          table
              .table()
              .index(indexName)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          itemType
                              + ": the table "
                              + table.table().name()
                              + " has no index "
                              + indexName));
      indexKeys.add(templates(indexName, index.partitionKey(), index.sortKey(), partition, sort));
      return this;
    }

    /**
     * @throws IllegalStateException without a primary key template, or when a template names a
     *     component that was not declared
     */
    public MemberLayout<M> build() {
      if (primaryKey == null) {
        throw new IllegalStateException(itemType + " has no primary key template");
      }
      List<TemplatedKey> all = new ArrayList<>(indexKeys);
      all.add(primaryKey);
      for (TemplatedKey key : all) {
        for (String name : key.components()) {
          if (!components.containsKey(name)) {
            throw new IllegalStateException(
                itemType + ": the " + key.describe() + " names the undeclared component " + name);
          }
        }
      }
      return new MemberLayout<>(this);
    }

    private TemplatedKey templates(
        String indexName,
        KeyDefinition partitionKey,
        KeyDefinition sortKey,
        String partition,
        String sort) {
      String where = indexName == null ? "the table key" : "the index " + indexName;
      if ((sortKey == null) != (sort == null)) {
        throw new IllegalArgumentException(
            itemType
                + ": "
                + where
                + (sortKey == null
                    ? " has no sort key, so it takes no sort template"
                    : " has the sort key " + sortKey.name() + ", which needs a template"));
      }
      return new TemplatedKey(
          indexName,
          partitionKey.name(),
          KeyPattern.parse(partition),
          sortKey == null ? null : sortKey.name(),
          sort == null ? null : KeyPattern.parse(sort));
    }
  }
}
