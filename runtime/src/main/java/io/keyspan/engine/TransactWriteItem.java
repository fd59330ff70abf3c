package io.keyspan.engine;

import io.keyspan.expression.Condition;
import io.keyspan.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/** One action of a TransactWriteItems: put, update, delete or a condition check on one item. */
public sealed interface TransactWriteItem
    permits TransactWriteItem.Put,
        TransactWriteItem.Update,
        TransactWriteItem.Delete,
        TransactWriteItem.ConditionCheck {

  String tableName();

  /** A condition the current item must meet; null for none (required on ConditionCheck). */
  Condition condition();

  ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure();

  record Put(
      String tableName,
      Map<String, AttributeValue> item,
      Condition condition,
      ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
      implements TransactWriteItem {
    public Put {
      Objects.requireNonNull(tableName, "tableName");
      item = Map.copyOf(item);
      returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
    }
  }

  record Update(
      String tableName,
      Map<String, AttributeValue> key,
      io.keyspan.expression.UpdateExpression update,
      Condition condition,
      ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
      implements TransactWriteItem {
    public Update {
      Objects.requireNonNull(tableName, "tableName");
      Objects.requireNonNull(update, "update");
      key = Map.copyOf(key);
      returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
    }
  }

  record Delete(
      String tableName,
      Map<String, AttributeValue> key,
      Condition condition,
      ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
      implements TransactWriteItem {
    public Delete {
      Objects.requireNonNull(tableName, "tableName");
      key = Map.copyOf(key);
      returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
    }
  }

  record ConditionCheck(
      String tableName,
      Map<String, AttributeValue> key,
      Condition condition,
      ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
      implements TransactWriteItem {
    public ConditionCheck {
      Objects.requireNonNull(tableName, "tableName");
      key = Map.copyOf(key);
      returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
    }
  }

  private static ReturnValuesOnConditionCheckFailure orNone(
      ReturnValuesOnConditionCheckFailure value) {
    return value == null ? ReturnValuesOnConditionCheckFailure.NONE : value;
  }
}
