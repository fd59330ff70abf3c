package io.keyspan.benchmarks.cold;

import io.keyspan.benchmarks.shapes.Shapes;
import io.keyspan.benchmarks.shapes.Small;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** The first mapped item with the Enhanced Client's BeanTableSchema (built by reflection). */
public final class BeanSchemaFirstItem {
  private BeanSchemaFirstItem() {}

  public static void main(String[] args) {
    System.out.println(TableSchema.fromBean(Small.class).itemToMap(Shapes.small(), true).size());
  }
}
