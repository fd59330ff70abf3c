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
 * ordinary checks run.
 */
public final class MemberEntity {
  private MemberEntity() {}

  public static Entity of(SingleTable table, SingleTable.Member member, Elements elements) {
    TypeMirror string = elements.getTypeElement("java.lang.String").asType();
    List<Property> properties = new ArrayList<>(member.entity().properties());
    Property partition = key(table, table.key().partitionKey(), true, false, string);
    Property sort =
        table.key().sortKey() == null
            ? null
            : key(table, table.key().sortKey(), false, true, string);
    properties.add(partition);
    if (sort != null) {
      properties.add(sort);
    }
    List<TableModel.Index> indexes = new ArrayList<>();
    for (SingleTable.KeyAttributes index : table.indexes()) {
      Property indexPartition = key(table, index.partitionKey(), false, false, string);
      Property indexSort =
          index.sortKey() == null ? null : key(table, index.sortKey(), false, false, string);
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
    Entity entity = member.entity();
    return new Entity(
        entity.element(),
        entity.className(),
        entity.construction(),
        properties,
        entity.constructorArguments(),
        Optional.of(
            new TableModel(
                settings.name(),
                settings.annotation(),
                settings.onDemand(),
                settings.readCapacity(),
                settings.writeCapacity(),
                indexes)));
  }

  /** A key attribute holding rendered text: a string with no property behind it. */
  private static Property key(
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
