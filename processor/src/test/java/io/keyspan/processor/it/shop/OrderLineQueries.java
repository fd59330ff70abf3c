package io.keyspan.processor.it.shop;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

/** Declared queries of the member OrderLine: ranges on the last component of its sort templates. */
@Repository(OrderLine.class)
public interface OrderLineQueries {
  List<OrderLine> findByOrderIdAndLineNoBetween(String orderId, int from, int to);

  List<OrderLine> findByOrderIdAndLineNoGreaterThan(String orderId, int lineNo);

  @Query(index = "GSI1", key = "orderId = :orderId AND lineNo < :before", descending = true)
  List<OrderLine> linesBefore(String orderId, int before);
}
