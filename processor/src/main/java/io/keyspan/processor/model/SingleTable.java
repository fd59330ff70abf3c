package io.keyspan.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A single table: a {@code @Table} sealed interface whose permitted members are its item types,
 * each rendering the string key attributes from its key templates.
 *
 * @param typeAttribute the attribute holding each item's type; empty when the type is derived from
 *     the keys
 * @param members in the order the interface permits them
 */
public record SingleTable(
    TypeElement element,
    ClassName className,
    TableModel settings,
    KeyAttributes key,
    Optional<String> typeAttribute,
    List<KeyAttributes> indexes,
    List<CollectionModel> collections,
    List<Member> members) {
  public SingleTable {
    indexes = List.copyOf(indexes);
    collections = List.copyOf(collections);
    members = List.copyOf(members);
  }

  /** {@code ShopItemSchema}. */
  public ClassName schemaName() {
    return Entity.schemaNameOf(className);
  }

  /** {@code ShopItemTable}. */
  public ClassName tableName() {
    return ClassName.get(
        className.packageName(), String.join("_", className.simpleNames()) + "Table");
  }

  /** The declared indexes' names, for messages: {@code GSI1, GSI2}, or {@code none}. */
  public String indexNames() {
    return indexes.isEmpty()
        ? "none"
        : String.join(", ", indexes.stream().map(KeyAttributes::index).toList());
  }

  /** The table's key (index null) or an index's, as declared. */
  public Optional<KeyAttributes> keyOf(String index) {
    return index == null
        ? Optional.of(key)
        : indexes.stream().filter(i -> index.equals(i.index())).findFirst();
  }

  /**
   * The members a collection returns: those whose partition template for its key has the
   * collection's shape, so their items share its partitions.
   */
  public List<Member> membersOf(CollectionModel collection) {
    return members.stream()
        .filter(
            member ->
                member
                    .template(collection.index())
                    .filter(t -> t.partition().shape().equals(collection.partition().shape()))
                    .isPresent())
        .toList();
  }

  /**
   * The key attributes of the table ({@code index} null) or of one index.
   *
   * @param partitionKey the attribute templates render; null for a multi-attribute index
   * @param sortKey null without a sort key
   * @param partitionKeys a multi-attribute index's partition attributes, which members store as
   *     properties; empty for a templated key
   * @param sortKeys a multi-attribute index's sort attributes; empty without them
   */
  public record KeyAttributes(
      String index,
      String partitionKey,
      String sortKey,
      AnnotationPlace place,
      IndexStorage storage,
      List<String> partitionKeys,
      List<String> sortKeys) {
    public KeyAttributes {
      partitionKeys = List.copyOf(partitionKeys);
      sortKeys = List.copyOf(sortKeys);
    }

    /** Key attributes that project every attribute with the table's capacity. */
    public KeyAttributes(String index, String partitionKey, String sortKey, AnnotationPlace place) {
      this(index, partitionKey, sortKey, place, IndexStorage.ALL, List.of(), List.of());
    }

    /** Whether members store the key attributes themselves instead of rendering templates. */
    public boolean multiAttribute() {
      return !partitionKeys.isEmpty();
    }

    /** The attributes templates render: the partition key's and the sort key's, if any. */
    public List<String> templatedAttributes() {
      if (multiAttribute()) {
        return List.of();
      }
      return sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey);
    }

    /**
     * Whether this index is keyed by the table key's own attributes alone, each once (an inverted
     * index: partition key {@code SK}, sort key {@code PK}), so that every member fills it with its
     * table-key templates instead of templates of its own.
     */
    public boolean keyedBy(KeyAttributes tableKey) {
      List<String> own = tableKey.templatedAttributes();
      List<String> attributes = templatedAttributes();
      return index != null
          && !attributes.isEmpty()
          && own.containsAll(attributes)
          && attributes.stream().distinct().count() == attributes.size();
    }

    /** {@code the table key} or {@code the index GSI1}, for messages. */
    public String describe() {
      return index == null ? "the table key" : "the index " + index;
    }
  }

  /**
   * What an index copies and, on a provisioned table, its capacity.
   *
   * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
   * @param include the non-key attributes an {@code INCLUDE} index copies
   * @param readCapacity 0 for the table's
   * @param writeCapacity 0 for the table's
   */
  public record IndexStorage(
      String projection, List<String> include, long readCapacity, long writeCapacity) {
    /** Every attribute, the table's capacity. */
    public static final IndexStorage ALL = new IndexStorage("ALL", List.of(), 0, 0);

    public IndexStorage {
      include = List.copyOf(include);
    }
  }

  /**
   * A {@code @Collection}: the items of several members that share a partition template.
   *
   * @param index null for the table's partitions
   */
  public record CollectionModel(
      String name, String index, KeyTemplateText partition, AnnotationPlace place) {}

  /**
   * One item type: the member's properties (read like a document's), its item type and templates.
   *
   * @param templates the table key's first, then the indexes' in declaration order
   */
  public record Member(Entity entity, String itemType, List<Template> templates) {
    public Member {
      templates = List.copyOf(templates);
    }

    public Optional<Template> tableKey() {
      return template(null);
    }

    /** The template of the table key ({@code index} null) or of an index. */
    public Optional<Template> template(String index) {
      return templates.stream().filter(t -> java.util.Objects.equals(t.index(), index)).findFirst();
    }

    /**
     * This member with a template for each index keyed by the table key's attributes, derived from
     * its table-key template (none without one: that is reported as the member's error).
     */
    public Member withDerivedTemplates(KeyAttributes tableKey, List<KeyAttributes> indexes) {
      Optional<Template> own = tableKey();
      if (own.isEmpty()) {
        return this;
      }
      List<Template> all = new java.util.ArrayList<>(templates);
      indexes.stream()
          .filter(index -> index.keyedBy(tableKey))
          .forEach(index -> all.add(Template.derived(own.get(), tableKey, index)));
      return new Member(entity, itemType, all);
    }

    public List<Template> indexTemplates() {
      return templates.stream().filter(t -> t.index() != null).toList();
    }

    public Optional<Property> property(String name) {
      return entity.properties().stream().filter(p -> p.javaName().equals(name)).findFirst();
    }
  }

  /**
   * One {@code @KeyTemplate}, or the table-key templates a member fills an index keyed by the table
   * key's attributes with.
   *
   * @param index null for the table's key
   * @param sort null without a sort template
   * @param place the {@code @KeyTemplate} written, the table key's for a derived template
   * @param derived whether it is the table key's, for an index keyed by the table key's attributes
   *     ({@link KeyAttributes#keyedBy}); such templates are checked as the table key's
   */
  public record Template(
      String index,
      KeyTemplateText partition,
      KeyTemplateText sort,
      AnnotationPlace place,
      boolean derived) {
    /** A written {@code @KeyTemplate}. */
    public Template(
        String index, KeyTemplateText partition, KeyTemplateText sort, AnnotationPlace place) {
      this(index, partition, sort, place, false);
    }

    /**
     * The table key's template as an index keyed by its attributes names them: the template of the
     * attribute that is the index's partition key, then that of its sort key.
     */
    private static Template derived(Template tableKey, KeyAttributes table, KeyAttributes index) {
      return new Template(
          index.index(),
          tableKey.templateOf(index.partitionKey(), table),
          index.sortKey() == null ? null : tableKey.templateOf(index.sortKey(), table),
          tableKey.place(),
          true);
    }

    private KeyTemplateText templateOf(String attribute, KeyAttributes table) {
      return attribute.equals(table.partitionKey()) ? partition : sort;
    }

    /** The components of both templates: the partition's, then the sort's. */
    public List<String> components() {
      List<String> names = new java.util.ArrayList<>(partition.components());
      if (sort != null) {
        names.addAll(sort.components());
      }
      return List.copyOf(names);
    }
  }
}
