package io.keyspan.expression.partiql;

import io.keyspan.expression.Condition;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.value.AttributeValue;
import java.util.Map;

/** A parsed PartiQL statement: its target and its parts as expression trees. */
public sealed interface Statement {
  String table();

  /**
   * {@code SELECT <projection> FROM "table"["."index"] [WHERE <condition>]}.
   *
   * @param index null for the table
   * @param projection null for {@code *}
   * @param where null for none
   */
  record Select(String table, String index, Projection projection, Condition where)
      implements Statement {}

  /** {@code INSERT INTO "table" VALUE {...}}. */
  record Insert(String table, Map<String, AttributeValue> item) implements Statement {}

  /** {@code UPDATE "table" SET ... REMOVE ... WHERE <key> [AND <condition>] [RETURNING ...]}. */
  record Modify(String table, UpdateExpression update, Condition where, Returning returning)
      implements Statement {}

  /** {@code DELETE FROM "table" WHERE <key> [AND <condition>] [RETURNING ALL OLD *]}. */
  record Delete(String table, Condition where, Returning returning) implements Statement {}

  /**
   * What an UPDATE or DELETE answers with: nothing, or the item's attributes before or after the
   * write, all or only those the write changed (Developer Guide, "PartiQL update statements for
   * DynamoDB": {@code RETURNING [ALL OLD | MODIFIED OLD | ALL NEW | MODIFIED NEW] *}).
   */
  enum Returning {
    NOTHING,
    ALL_OLD,
    MODIFIED_OLD,
    ALL_NEW,
    MODIFIED_NEW
  }
}
