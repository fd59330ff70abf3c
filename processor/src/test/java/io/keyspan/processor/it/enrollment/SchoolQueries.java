package io.keyspan.processor.it.enrollment;

import io.keyspan.annotations.Query;
import io.keyspan.annotations.Repository;
import java.util.List;

/** Declared reads of the inverted index, on its key attributes (the table's, swapped). */
@Repository(SchoolItem.class)
public interface SchoolQueries {
  @Query(index = "Inverted", key = "SK = :sk AND begins_with(PK, :prefix)")
  List<SchoolItem> under(String sk, String prefix);

  @Query(index = "Inverted", key = "SK = :sk")
  List<Enrollment> enrollmentsUnder(String sk);
}
