package io.keyspan.benchmarks.cold;

import io.keyspan.benchmarks.shapes.Shapes;
import io.keyspan.benchmarks.shapes.Small;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The first put and get through the Enhanced Client with BeanTableSchema, on a stub client (no
 * network).
 */
public final class EnhancedFirstPutGet {
  private EnhancedFirstPutGet() {}

  public static void main(String[] args) {
    DynamoDbEnhancedClient enhanced =
        DynamoDbEnhancedClient.builder().dynamoDbClient(new StubDynamoDbClient()).build();
    DynamoDbTable<Small> smalls = enhanced.table("Small", TableSchema.fromBean(Small.class));
    Small small = Shapes.small();
    smalls.putItem(small);
    System.out.println(
        smalls.getItem(Key.builder().partitionValue(small.getId()).build()).getName());
  }
}
