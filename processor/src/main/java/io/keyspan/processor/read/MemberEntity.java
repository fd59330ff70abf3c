package io.keyspan.processor.read;

import com.palantir.javapoet.ClassName;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.model.TableModel;
import io.keyspan.processor.model.TypeMapping;
import io.keyspan.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The entity a single-table member's declared methods are checked against, as if the member had a
 * table of its own: its properties, plus the string key attributes its templates render ({@code
 * PK}, {@code SK}, {@code GSI1PK}, ...) as the keys of that table and of its indexes. Key
 * conditions on template components are translated into conditions on those attributes before the
 * ordinary checks run. The sealed interface itself has such an entity too ({@link #ofTable}), with
 * only the attributes every item carries.
 */
public final class MemberEntity {
  private MemberEntity() {}

  public static Entity of(SingleTable table, SingleTable.Member member, Elements elements) {
    Entity entity = member.entity();
    return keyed(table, entity, entity.properties(), elements);
  }

  /**
   * The entity a declared repository of the sealed interface itself
   * ({@code @Repository(ShopItem.class)}) reads as: no properties of its own, only the string key
   * attributes and the item-type attribute every member's items carry.
   */
  public static Entity ofTable(SingleTable table, Elements elements) {
    Entity root =
        new Entity(
            table.element(),
            table.className(),
            Entity.Construction.RECORD,
            List.of(),
            List.of(),
            Optional.empty());
    List<Property> typeAttribute =
        table.typeAttribute().stream()
            .map(name -> text(table, name, false, false, string(elements)))
            .toList();
    return keyed(table, root, typeAttribute, elements);
  }

  /** {@code base} with {@code properties}, plus the key attributes as its table's keys. */
  private static Entity keyed(
      SingleTable table, Entity base, List<Property> own, Elements elements) {
    TypeMirror string = string(elements);
    List<Property> properties = new ArrayList<>(own);
    Property partition = text(table, table.key().partitionKey(), true, false, string);
    Property sort =
        table.key().sortKey() == null
            ? null
            : text(table, table.key().sortKey(), false, true, string);
    properties.add(partition);
    if (sort != null) {
      properties.add(sort);
    }
    List<TableModel.Index> indexes = new ArrayList<>();
    for (SingleTable.KeyAttributes index : table.indexes()) {
      Property indexPartition = text(table, index.partitionKey(), false, false, string);
      Property indexSort =
          index.sortKey() == null ? null : text(table, index.sortKey(), false, false, string);
      properties.add(indexPartition);
      if (indexSort != null) {
        properties.add(indexSort);
      }
      indexes.add(
          new TableModel.Index(
              index.index(),
              true,
              List.of(indexPartition),
              indexSort == null ? List.of() : List.of(indexSort),
              "ALL",
              List.of(),
              0,
              0));
    }
    TableModel settings = table.settings();
    return new Entity(
        base.element(),
        base.className(),
        base.construction(),
        properties,
        base.constructorArguments(),
        Optional.of(
            new TableModel(
                settings.name(),
                settings.annotation(),
                settings.onDemand(),
                settings.readCapacity(),
                settings.writeCapacity(),
                indexes)));
  }

  private static TypeMirror string(Elements elements) {
    return elements.getTypeElement("java.lang.String").asType();
  }

  /**
   * An attribute holding rendered text (a key, the item type): a string with no property behind it,
   * so no accessor; its values bind as plain strings.
   */
  private static Property text(
      SingleTable table, String attribute, boolean partition, boolean sort, TypeMirror string) {
    return new Property(
        table.element(),
        attribute,
        attribute,
        string,
        false,
        Optional.empty(),
        TypeMapping.BuiltIn.converters(ClassName.get(String.class), ValueKind.STRING, "STRING"),
        null,
        null,
        new Property.Roles(
            partition, sort, List.of(), false, Optional.empty(), Optional.empty(), false));
  }
}
