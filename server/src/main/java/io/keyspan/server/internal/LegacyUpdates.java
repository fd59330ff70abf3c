package io.keyspan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Literal;
import io.keyspan.expression.Path;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translates {@code AttributeUpdates} into an update expression
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html):
 * PUT becomes SET, DELETE without a value REMOVE, DELETE with a set DELETE, ADD of a number or a
 * set ADD. The engine then applies it as any update, key attributes refused alike.
 */
final class LegacyUpdates {
  private static final String INVALID = "One or more parameter values were invalid: ";

  /** AttributeValueUpdate's Action, in the order DynamoDB lists it. */
  private enum Action {
    ADD,
    PUT,
    DELETE
  }

  private LegacyUpdates() {}

  /** The update the map means; null when it is absent or empty (an update of no attribute). */
  static UpdateExpression update(Map<String, JsonNode> attributeUpdates) {
    if (attributeUpdates == null || attributeUpdates.isEmpty()) {
      return null;
    }
    List<UpdateExpression.SetAction> set = new ArrayList<>();
    List<Path> remove = new ArrayList<>();
    List<UpdateExpression.AddAction> add = new ArrayList<>();
    List<UpdateExpression.DeleteAction> delete = new ArrayList<>();
    attributeUpdates.forEach(
        (attribute, json) -> {
          WireObject entry = WireObject.structure(json);
          Constraints constraints = new Constraints();
          Action action =
              constraints.enumValue(
                  "attributeUpdates." + attribute + ".member.action",
                  entry == null ? null : entry.string("Action"),
                  Action.values());
          constraints.check();
          AttributeValue value =
              entry != null && entry.has("Value") ? WireValues.value(entry.raw("Value")) : null;
          Path path = Path.of(attribute);
          switch (action == null ? Action.PUT : action) {
            case PUT -> set.add(new UpdateExpression.SetAction(path, new Literal(required(value))));
            case DELETE -> {
              if (value == null) {
                remove.add(path);
              } else {
                requireType(value.type().isSet(), "DELETE action with value", value);
                delete.add(new UpdateExpression.DeleteAction(path, new Literal(value)));
              }
            }
            case ADD -> {
              requireType(
                  value == null || value.type().isSet() || value.type() == AttributeValue.Type.N,
                  "ADD action",
                  value);
              add.add(new UpdateExpression.AddAction(path, new Literal(required(value))));
            }
          }
        });
    return new UpdateExpression(set, remove, add, delete);
  }

  private static AttributeValue required(AttributeValue value) {
    if (value == null) {
      throw new ValidationException(
          INVALID + "Only DELETE action is allowed when no attribute value is specified");
    }
    return value;
  }

  private static void requireType(boolean supported, String what, AttributeValue value) {
    if (!supported) {
      throw new ValidationException(
          INVALID + what + " is not supported for the type " + value.type());
    }
  }
}
