package io.keyspan.expression.eval;

import io.keyspan.expression.Update;
import io.keyspan.expression.UpdateValue;
import io.keyspan.expression.ValueOperand;
import io.keyspan.value.AttributeValue;

/**
 * The type checks DynamoDB makes on an update's constants before it reads the item
 * (DYNAMODB.md 1.7): {@code +} and {@code -} need numbers, list_append lists, ADD a number or a
 * set, DELETE a set. The same wrong type coming from the item is a different error, raised while
 * evaluating.
 */
final class UpdateConstants {
  private UpdateConstants() {}

  static void check(Update update) {
    for (Update.SetAction set : update.set()) {
      check(set.value());
    }
    for (Update.AddAction add : update.add()) {
      AttributeValue.Type type = Bound.value(add.value()).type();
      if (type != AttributeValue.Type.N && !type.isSet()) {
        throw UpdateErrors.clauseOperandType("ADD", type);
      }
    }
    for (Update.DeleteAction delete : update.delete()) {
      AttributeValue.Type type = Bound.value(delete.value()).type();
      if (!type.isSet()) {
        throw UpdateErrors.clauseOperandType("DELETE", type);
      }
    }
  }

  private static void check(UpdateValue value) {
    if (value instanceof UpdateValue.Plus plus) {
      checkOperands("+", AttributeValue.Type.N, plus.left(), plus.right());
    } else if (value instanceof UpdateValue.Minus minus) {
      checkOperands("-", AttributeValue.Type.N, minus.left(), minus.right());
    } else if (value instanceof UpdateValue.ListAppend append) {
      checkOperands("list_append", AttributeValue.Type.L, append.first(), append.second());
    } else if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      check(ifNotExists.fallback());
    } else if (value instanceof ValueOperand operand) {
      Bound.value(operand); // a placeholder fails here, before anything is evaluated
    }
  }

  private static void checkOperands(
      String function, AttributeValue.Type required, UpdateValue first, UpdateValue second) {
    for (UpdateValue operand : new UpdateValue[] {first, second}) {
      check(operand);
      AttributeValue.Type type = knownType(operand);
      if (type != null && type != required) {
        throw UpdateErrors.operandType(function, type);
      }
    }
  }

  /**
   * The type an operand has whatever the item holds, or {@code null} when it depends on the
   * item. if_not_exists counts as its fallback's type, as dynalite's parser types it.
   */
  private static AttributeValue.Type knownType(UpdateValue value) {
    if (value instanceof UpdateValue.IfNotExists ifNotExists) {
      return knownType(ifNotExists.fallback());
    }
    if (value instanceof UpdateValue.ListAppend) {
      return AttributeValue.Type.L;
    }
    if (value instanceof UpdateValue.Plus || value instanceof UpdateValue.Minus) {
      return AttributeValue.Type.N;
    }
    if (value instanceof ValueOperand operand) {
      return Bound.value(operand).type();
    }
    return null;
  }
}
