package io.keyspan.processor.validate;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.read.EntityReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.util.Types;

/**
 * Checks the rules of a table on the model: one partition key, at most one sort key, keys stored as
 * S, N or B, unique attribute and constant names, and the types and uniqueness of the attributes
 * Keyspan maintains. Adds every violation to the report; never throws.
 */
public final class EntityValidator {
  private final Types types;

  public EntityValidator(Types types) {
    this.types = types;
  }

  public void validate(Entity entity, Report report) {
    uniqueNames(entity, report);
    if (entity.table().isEmpty()) {
      return;
    }
    keys(entity, report);
    List<Property> properties = entity.properties();
    one(entity, properties, p -> p.roles().version(), Message.TWO_VERSIONS, report);
    one(entity, properties, p -> p.roles().timeToLive(), Message.TWO_TTLS, report);
    for (Property.Timestamp kind : Property.Timestamp.values()) {
      Property first = null;
      for (Property property : properties) {
        if (property.roles().timestamp().equals(Optional.of(kind))) {
          if (first != null) {
            report.error(
                property.element(),
                Message.TWO_TIMESTAMPS,
                property.javaName(),
                kind.annotation(),
                first.javaName());
          } else {
            first = property;
          }
        }
      }
    }
    for (Property property : properties) {
      maintained(property, report);
    }
  }

  private void keys(Entity entity, Report report) {
    List<Property> partitionKeys =
        entity.properties().stream().filter(p -> p.roles().partitionKey()).toList();
    if (partitionKeys.isEmpty()) {
      report.error(entity.element(), Message.NO_PARTITION_KEY, entity.element().getSimpleName());
    }
    one(
        entity,
        entity.properties(),
        p -> p.roles().partitionKey(),
        Message.TWO_PARTITION_KEYS,
        report);
    one(entity, entity.properties(), p -> p.roles().sortKey(), Message.TWO_SORT_KEYS, report);
    for (Property property : entity.properties()) {
      boolean key =
          property.roles().partitionKey()
              || property.roles().sortKey()
              || !property.roles().indexKeys().isEmpty();
      if (key && property.mapping() != null && property.optional()) {
        report.error(
            property.element(),
            Message.KEY_OPTIONAL,
            property.javaName(),
            property.mapping().javaType());
      } else if (key && property.mapping() != null && !property.mapping().kind().isKeyType()) {
        report.error(
            property.element(),
            Message.KEY_TYPE,
            property.javaName(),
            property.type() + " (stored as " + property.mapping().kind().storedAs() + ")");
      }
    }
  }

  private void one(
      Entity entity,
      List<Property> properties,
      Predicate<Property> role,
      Message message,
      Report report) {
    Property first = null;
    for (Property property : properties) {
      if (role.test(property)) {
        if (first == null) {
          first = property;
        } else {
          report.error(property.element(), message, property.javaName(), first.javaName());
        }
      }
    }
  }

  private void uniqueNames(Entity entity, Report report) {
    Map<String, Property> attributes = new HashMap<>();
    Map<String, Property> constants = new HashMap<>();
    for (Property property : entity.properties()) {
      if (property.attributeName().isEmpty()) {
        report.error(property.element(), Message.EMPTY_ATTRIBUTE_NAME, property.javaName());
        continue;
      }
      Property sameAttribute = attributes.putIfAbsent(property.attributeName(), property);
      if (sameAttribute != null) {
        report.error(
            property.element(),
            Message.DUPLICATE_ATTRIBUTE,
            property.attributeName(),
            property.javaName(),
            sameAttribute.javaName());
        continue;
      }
      Property sameConstant = constants.putIfAbsent(property.constantName(), property);
      if (sameConstant != null) {
        report.error(
            property.element(),
            Message.DUPLICATE_CONSTANT,
            property.javaName(),
            property.constantName(),
            sameConstant.javaName());
      }
    }
  }

  private void maintained(Property property, Report report) {
    Property.Roles roles = property.roles();
    boolean key = roles.partitionKey() || roles.sortKey() || !roles.indexKeys().isEmpty();
    boolean integral = !property.optional() && EntityReader.isIntegral(property.type(), types);
    if (roles.version() && !integral) {
      report.error(property.element(), Message.VERSION_TYPE, property.javaName(), property.type());
    }
    if (roles.counter().isPresent() && !integral) {
      report.error(property.element(), Message.COUNTER_TYPE, property.javaName(), property.type());
    }
    if (roles.timestamp().isPresent()
        && (property.optional() || !EntityReader.isTimestamp(property.type(), types))) {
      report.error(
          property.element(), Message.TIMESTAMP_TYPE, property.javaName(), property.type());
    }
    if (key) {
      String role =
          roles.version()
              ? "Version"
              : roles.counter().isPresent()
                  ? "AtomicCounter"
                  : roles.timestamp().isPresent()
                      ? roles.timestamp().get().annotation()
                      : roles.timeToLive() ? "TimeToLive" : null;
      if (role != null) {
        report.error(property.element(), Message.MAINTAINED_KEY, property.javaName(), role);
      }
    }
  }
}
