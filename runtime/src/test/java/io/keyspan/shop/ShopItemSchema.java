package io.keyspan.shop;

import io.keyspan.engine.table.IndexProjection;
import io.keyspan.engine.table.ScalarAttributeType;
import io.keyspan.schema.IndexDefinition;
import io.keyspan.schema.KeyDefinition;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.SingleTableDefinition;
import io.keyspan.schema.SingleTableSchema;
import io.keyspan.schema.TableDefinition;
import java.util.List;

/** As generated for {@code @Table(name = "Shop") sealed interface ShopItem}. */
public final class ShopItemSchema implements SingleTableSchema<ShopItem> {
  /** The physical table: string keys PK/SK, two overloaded GSIs, the type in {@code _type}. */
  public static final SingleTableDefinition TABLE =
      SingleTableDefinition.withTypeAttribute(
          TableDefinition.builder("Shop", KeyDefinition.of("PK", ScalarAttributeType.S))
              .sortKey(KeyDefinition.of("SK", ScalarAttributeType.S))
              .index(gsi("GSI1"))
              .index(gsi("GSI2"))
              .onDemand()
              .build());

  public static final ShopItemSchema INSTANCE = new ShopItemSchema();

  private ShopItemSchema() {}

  private static IndexDefinition gsi(String name) {
    return IndexDefinition.global(
        name,
        KeyDefinition.of(name + "PK", ScalarAttributeType.S),
        KeyDefinition.of(name + "SK", ScalarAttributeType.S),
        IndexProjection.ALL,
        null);
  }

  @Override
  public SingleTableDefinition definition() {
    return TABLE;
  }

  @Override
  public List<MemberSchema<? extends ShopItem>> members() {
    return List.of(CustomerSchema.INSTANCE, OrderSchema.INSTANCE, OrderLineSchema.INSTANCE);
  }
}
