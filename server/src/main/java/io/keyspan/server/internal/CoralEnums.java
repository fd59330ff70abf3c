package io.keyspan.server.internal;

import io.keyspan.engine.ReturnConsumedCapacity;
import io.keyspan.engine.ReturnValue;
import io.keyspan.engine.Select;
import io.keyspan.engine.table.ProjectionType;
import io.keyspan.engine.table.ScalarAttributeType;

/**
 * Enum values in the order DynamoDB lists them in "Member must satisfy enum value set: [...]",
 * which is neither the API reference's order nor the engine enums' declaration order. The orders
 * are dynalite's (validations/*.js), which copies DynamoDB's responses; enums not listed here
 * (KeyType, BillingMode, ReturnItemCollectionMetrics, ...) are declared in DynamoDB's order.
 */
final class CoralEnums {
  private CoralEnums() {}

  static ReturnConsumedCapacity[] returnConsumedCapacity() {
    return new ReturnConsumedCapacity[] {
      ReturnConsumedCapacity.INDEXES, ReturnConsumedCapacity.TOTAL, ReturnConsumedCapacity.NONE
    };
  }

  static ReturnValue[] returnValues() {
    return new ReturnValue[] {
      ReturnValue.ALL_NEW,
      ReturnValue.UPDATED_OLD,
      ReturnValue.ALL_OLD,
      ReturnValue.NONE,
      ReturnValue.UPDATED_NEW
    };
  }

  static Select[] select() {
    return new Select[] {
      Select.SPECIFIC_ATTRIBUTES,
      Select.COUNT,
      Select.ALL_ATTRIBUTES,
      Select.ALL_PROJECTED_ATTRIBUTES
    };
  }

  static ProjectionType[] projectionType() {
    return new ProjectionType[] {
      ProjectionType.ALL, ProjectionType.INCLUDE, ProjectionType.KEYS_ONLY
    };
  }

  static ScalarAttributeType[] scalarAttributeType() {
    return new ScalarAttributeType[] {
      ScalarAttributeType.B, ScalarAttributeType.N, ScalarAttributeType.S
    };
  }
}
