package io.keyspan.processor.read;

import io.keyspan.annotations.AtomicCounter;
import io.keyspan.annotations.Collection;
import io.keyspan.annotations.CollectionList;
import io.keyspan.annotations.CreatedAt;
import io.keyspan.annotations.IndexAttributes;
import io.keyspan.annotations.IndexAttributesList;
import io.keyspan.annotations.IndexPartitionKey;
import io.keyspan.annotations.IndexSortKey;
import io.keyspan.annotations.ItemType;
import io.keyspan.annotations.KeyAttributes;
import io.keyspan.annotations.KeyTemplate;
import io.keyspan.annotations.KeyTemplates;
import io.keyspan.annotations.LocalIndexSortKey;
import io.keyspan.annotations.PartitionKey;
import io.keyspan.annotations.SortKey;
import io.keyspan.annotations.Table;
import io.keyspan.annotations.TimeToLive;
import io.keyspan.annotations.UpdatedAt;
import io.keyspan.annotations.Version;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.AnnotationPlace;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.KeyTemplateText;
import io.keyspan.processor.model.Names;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.model.TableModel;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Builds the model of a single table: a {@code @Table} sealed interface with {@code KeyAttributes},
 * its indexes and collections, and each permitted member with its item type and parsed key
 * templates. The member's properties are read as a document's; the rules that relate templates,
 * properties and members are the validator's.
 */
public final class SingleTableReader {
  private static final List<Class<? extends Annotation>> TABLE_ONLY_ROLES =
      List.of(
          PartitionKey.class,
          SortKey.class,
          IndexPartitionKey.class,
          IndexSortKey.class,
          LocalIndexSortKey.class,
          Version.class,
          AtomicCounter.class,
          CreatedAt.class,
          UpdatedAt.class,
          TimeToLive.class);

  private final Mirrors mirrors;
  private final EntityReader entities;
  private final TableReader tables;

  public SingleTableReader(ProcessingEnvironment environment) {
    this.mirrors = new Mirrors(environment.getElementUtils());
    this.entities = new EntityReader(environment);
    this.tables = new TableReader(mirrors);
  }

  /** Whether a {@code @Table} type is a single table (an interface) rather than an entity. */
  public static boolean isSingleTable(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE;
  }

  /** The model, or empty when its shape cannot be read (reported). */
  public Optional<SingleTable> read(TypeElement type, Report report) {
    if (!type.getModifiers().contains(Modifier.SEALED)) {
      report.error(
          type, Message.SINGLE_TABLE_NOT_SEALED, type.getSimpleName(), type.getSimpleName());
      return Optional.empty();
    }
    Optional<AnnotationMirror> keyAnnotation = Mirrors.find(type, KeyAttributes.class);
    if (keyAnnotation.isEmpty()) {
      report.error(type, Message.SINGLE_TABLE_NO_KEY_ATTRIBUTES, type.getSimpleName());
      return Optional.empty();
    }
    TableModel settings = tables.settings(type, report);
    AnnotationMirror keys = keyAnnotation.get();
    SingleTable.KeyAttributes key =
        keyAttributes(type, null, new AnnotationPlace(type, keys, null, null), report);
    String typeAttribute = mirrors.string(keys, "itemTypeAttribute");
    List<SingleTable.KeyAttributes> indexes = indexes(type, settings.onDemand(), report);
    List<SingleTable.CollectionModel> collections = collections(type, report);
    List<SingleTable.Member> members = new ArrayList<>();
    boolean complete = true;
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
      Optional<SingleTable.Member> read = member(type, member, report);
      read.ifPresent(m -> members.add(m.withDerivedTemplates(key, indexes)));
      complete &= read.isPresent();
    }
    if (!complete) {
      return Optional.empty();
    }
    return Optional.of(
        new SingleTable(
            type,
            com.palantir.javapoet.ClassName.get(type),
            settings,
            key,
            typeAttribute.isEmpty() ? Optional.empty() : Optional.of(typeAttribute),
            indexes,
            collections,
            members));
  }

  private SingleTable.KeyAttributes keyAttributes(
      TypeElement type, String index, AnnotationPlace place, Report report) {
    String partition = mirrors.string(place.annotation(), "partitionKey");
    if (partition.isEmpty()) {
      report.error(
          place.at("partitionKey"),
          Message.EMPTY_KEY_ATTRIBUTE,
          type.getSimpleName(),
          "partitionKey");
    }
    String sort = mirrors.string(place.annotation(), "sortKey");
    return new SingleTable.KeyAttributes(index, partition, sort.isEmpty() ? null : sort, place);
  }

  private List<SingleTable.KeyAttributes> indexes(
      TypeElement type, boolean onDemand, Report report) {
    Map<String, SingleTable.KeyAttributes> indexes = new LinkedHashMap<>();
    for (AnnotationPlace place : repeated(type, IndexAttributes.class, IndexAttributesList.class)) {
      String name = mirrors.string(place.annotation(), "index");
      if (!Names.isValidTableOrIndexName(name)) {
        report.error(place.at("index"), Message.INVALID_INDEX_NAME, name);
        continue;
      }
      SingleTable.IndexStorage storage =
          new IndexStorageReader(mirrors).read(name, place, onDemand, report);
      List<String> partitionKeys = attributeList(place, "partitionKeys");
      List<String> sortKeys = attributeList(place, "sortKeys");
      SingleTable.KeyAttributes index;
      if (partitionKeys.isEmpty() && sortKeys.isEmpty()) {
        SingleTable.KeyAttributes keys = keyAttributes(type, name, place, report);
        index =
            new SingleTable.KeyAttributes(
                name, keys.partitionKey(), keys.sortKey(), place, storage, List.of(), List.of());
      } else if (!multiAttributeKeys(name, place, partitionKeys, sortKeys, report)) {
        continue;
      } else {
        index =
            new SingleTable.KeyAttributes(
                name, null, null, place, storage, partitionKeys, sortKeys);
      }
      if (indexes.putIfAbsent(name, index) != null) {
        report.error(place.at(), Message.INDEX_ATTRIBUTES_TWICE, name);
      }
    }
    return List.copyOf(indexes.values());
  }

  private List<String> attributeList(AnnotationPlace place, String member) {
    return mirrors.array(place.annotation(), member).stream()
        .map(value -> (String) value.getValue())
        .toList();
  }

  /**
   * The rules of a multi-attribute key's declaration: partitionKeys instead of partitionKey,
   * sortKeys instead of sortKey, at most four attributes each and none twice
   * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
   */
  private boolean multiAttributeKeys(
      String name,
      AnnotationPlace place,
      List<String> partitionKeys,
      List<String> sortKeys,
      Report report) {
    boolean templated = !mirrors.string(place.annotation(), "partitionKey").isEmpty();
    if (templated == !partitionKeys.isEmpty()) {
      report.error(
          place.at(templated ? "partitionKeys" : "sortKeys"),
          Message.INDEX_ATTRIBUTES_PARTITION_KEY,
          name,
          templated ? "both partitionKey and partitionKeys" : "sortKeys without partitionKeys");
      return false;
    }
    if (templated || !mirrors.string(place.annotation(), "sortKey").isEmpty()) {
      report.error(
          place.at(templated ? "sortKeys" : "sortKey"),
          Message.INDEX_ATTRIBUTES_SORT_KEY,
          name,
          templated ? "sortKeys with partitionKey" : "sortKey with partitionKeys");
      return false;
    }
    boolean valid = true;
    for (String member : List.of("partitionKeys", "sortKeys")) {
      List<String> attributes = member.equals("sortKeys") ? sortKeys : partitionKeys;
      if (attributes.size() > 4) {
        report.error(
            place.at(member), Message.INDEX_ATTRIBUTES_TOO_MANY, name, attributes.size(), member);
        valid = false;
      }
    }
    Set<String> seen = new HashSet<>();
    for (String attribute : Stream.concat(partitionKeys.stream(), sortKeys.stream()).toList()) {
      if (!seen.add(attribute)) {
        report.error(place.at(), Message.INDEX_ATTRIBUTES_DUPLICATE, name, attribute);
        valid = false;
      }
    }
    return valid;
  }

  private List<SingleTable.CollectionModel> collections(TypeElement type, Report report) {
    List<SingleTable.CollectionModel> collections = new ArrayList<>();
    for (AnnotationPlace place : repeated(type, Collection.class, CollectionList.class)) {
      String name = mirrors.string(place.annotation(), "name");
      String index = mirrors.string(place.annotation(), "index");
      template(type, place, "partition", report)
          .ifPresent(
              partition ->
                  collections.add(
                      new SingleTable.CollectionModel(
                          name, index.isEmpty() ? null : index, partition, place)));
    }
    return collections;
  }

  private Optional<SingleTable.Member> member(
      TypeElement table, TypeElement member, Report report) {
    if ((member.getKind() != ElementKind.CLASS && member.getKind() != ElementKind.RECORD)
        || member.getModifiers().contains(Modifier.ABSTRACT)
        || !member.getTypeParameters().isEmpty()) {
      report.error(
          member, Message.MEMBER_NOT_A_CLASS, member.getSimpleName(), table.getSimpleName());
      return Optional.empty();
    }
    if (Mirrors.has(member, Table.class)) {
      report.error(
          member,
          Message.MEMBER_IS_TABLE,
          member.getSimpleName(),
          table.getSimpleName(),
          member.getSimpleName());
      return Optional.empty();
    }
    Optional<Entity> entity = entities.read(member, report);
    entity.ifPresent(e -> tableOnlyRoles(e, report));
    String itemType = member.getSimpleName().toString();
    Optional<AnnotationMirror> itemTypeAnnotation = Mirrors.find(member, ItemType.class);
    if (itemTypeAnnotation.isPresent()) {
      itemType = mirrors.string(itemTypeAnnotation.get(), "value");
      if (itemType.isEmpty()) {
        report.error(
            member,
            itemTypeAnnotation.get(),
            Message.EMPTY_ITEM_TYPE,
            member.getSimpleName(),
            member.getSimpleName());
      }
    }
    List<SingleTable.Template> templates = new ArrayList<>();
    boolean parsed = true;
    for (AnnotationPlace place : repeated(member, KeyTemplate.class, KeyTemplates.class)) {
      String index = mirrors.string(place.annotation(), "index");
      Optional<KeyTemplateText> partition = template(member, place, "partition", report);
      boolean hasSort = !mirrors.string(place.annotation(), "sort").isEmpty();
      Optional<KeyTemplateText> sort =
          hasSort ? template(member, place, "sort", report) : Optional.empty();
      if (partition.isEmpty() || (hasSort && sort.isEmpty())) {
        parsed = false;
        continue;
      }
      templates.add(
          new SingleTable.Template(
              index.isEmpty() ? null : index, partition.get(), sort.orElse(null), place));
    }
    // The table key's template first: the order generated code renders keys in.
    templates.sort((a, b) -> Boolean.compare(a.index() != null, b.index() != null));
    if (entity.isEmpty() || !parsed) {
      return Optional.empty();
    }
    return Optional.of(new SingleTable.Member(entity.get(), itemType, templates));
  }

  /**
   * Members are read like documents, which ignore the annotations of table roles; here they are
   * errors rather than silently ignored.
   */
  private static void tableOnlyRoles(Entity member, Report report) {
    for (Property property : member.properties()) {
      for (Class<? extends Annotation> role : TABLE_ONLY_ROLES) {
        if (Mirrors.has(property.element(), role)) {
          report.error(
              property.element(),
              Message.MEMBER_PROPERTY_ROLE,
              property.javaName(),
              member.element().getSimpleName(),
              role.getSimpleName());
        }
      }
    }
  }

  private Optional<KeyTemplateText> template(
      TypeElement element, AnnotationPlace place, String member, Report report) {
    String text = mirrors.string(place.annotation(), member);
    KeyTemplateParser.Result result = KeyTemplateParser.parse(text);
    if (result.problem() != null) {
      report.error(
          place.at(member),
          Message.TEMPLATE_SYNTAX,
          text,
          element.getSimpleName(),
          result.problem());
      return Optional.empty();
    }
    return Optional.of(result.template());
  }

  /** An annotation written once or several times (then javac wraps it in its container). */
  private List<AnnotationPlace> repeated(
      Element element,
      Class<? extends Annotation> annotation,
      Class<? extends Annotation> container) {
    List<AnnotationPlace> all = new ArrayList<>();
    Mirrors.find(element, annotation)
        .ifPresent(found -> all.add(new AnnotationPlace(element, found, null, null)));
    Mirrors.find(element, container)
        .ifPresent(
            found ->
                mirrors
                    .array(found, "value")
                    .forEach(
                        entry ->
                            all.add(
                                new AnnotationPlace(
                                    element, (AnnotationMirror) entry.getValue(), found, entry))));
    return all;
  }
}
