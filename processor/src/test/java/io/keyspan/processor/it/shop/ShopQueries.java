package io.keyspan.processor.it.shop;

import io.keyspan.annotations.Cursor;
import io.keyspan.annotations.PageSize;
import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import io.keyspan.annotations.Scan;
import io.keyspan.repository.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Declared reads of the shop's sealed interface, on the physical key attributes: as the interface
 * (every item type) or as one member (only its items).
 */
@Repository(ShopItem.class)
public interface ShopQueries {
  @Query(key = "PK = :pk")
  List<ShopItem> partition(String pk);

  @Query(key = "PK = :pk AND begins_with(SK, :prefix)", descending = true)
  List<ShopItem> partitionFrom(String pk, String prefix);

  @Query(key = "PK = :pk AND SK = :sk")
  Optional<ShopItem> item(String pk, String sk);

  @Query(key = "PK = :pk")
  long countPartition(String pk);

  @Query(key = "PK = :pk")
  Page<ShopItem> partitionPage(String pk, @PageSize int pageSize, @Cursor String cursor);

  @Query(index = "GSI1", key = "GSI1PK = :gsi1pk")
  List<ShopItem> byGsi1(String gsi1pk);

  @Query(key = "PK = :pk")
  List<Order> ordersIn(String pk);

  @Query(key = "PK = :pk", filter = "total > :minimum")
  List<Order> ordersAbove(String pk, BigDecimal minimum);

  @Query(index = "GSI1", key = "GSI1PK = :gsi1pk")
  Stream<OrderLine> linesOf(String gsi1pk);

  @Query(index = "GSI1", key = "GSI1PK = :gsi1pk", limit = 1)
  Optional<Customer> customerByGsi1(String gsi1pk);

  @Query(key = "PK = :pk")
  boolean anyItems(String pk);

  @Scan(filter = "#_type = :type")
  List<ShopItem> ofType(String type);
}
