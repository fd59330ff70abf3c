package io.keyspan.processor.read;

import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.AnnotationPlace;
import io.keyspan.processor.model.SingleTable.IndexStorage;
import java.util.List;

/**
 * Reads what a single table's {@code @IndexAttributes} copies and its capacity, with the rules
 * {@code @Index} has for an entity's index: only an INCLUDE projection lists attributes, and only a
 * provisioned table gives an index capacity.
 */
final class IndexStorageReader {
  private final Mirrors mirrors;

  IndexStorageReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  IndexStorage read(String index, AnnotationPlace place, boolean onDemand, Report report) {
    String projection = mirrors.enumConstant(place.annotation(), "projection");
    List<String> include =
        mirrors.array(place.annotation(), "include").stream()
            .map(value -> (String) value.getValue())
            .toList();
    long read = mirrors.number(place.annotation(), "readCapacity");
    long write = mirrors.number(place.annotation(), "writeCapacity");
    if (!include.isEmpty() && !projection.equals("INCLUDE")) {
      report.error(
          place.at("include"), Message.INCLUDE_WITHOUT_INCLUDE_PROJECTION, index, projection);
    }
    if ((read != 0 || write != 0) && onDemand) {
      report.error(place.at(), Message.INDEX_CAPACITY_ON_DEMAND, index);
    }
    return new IndexStorage(projection, include, read, write);
  }
}
