package io.keyspan.repository;

import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.schema.IndexDefinition;
import io.keyspan.schema.MemberSchema;
import io.keyspan.schema.TypedAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Projections of queries and scans always include the key attributes of the table and of the index
 * read: a page cut by the maximum item count resumes from the last item's key, and the items
 * returned keep their identity.
 */
final class Projections {
  private Projections() {}

  static Projection withKeys(
      TableRepository<?> repository, String indexName, TypedAttribute<?>... attributes) {
    List<Path> paths = new ArrayList<>();
    for (TypedAttribute<?> attribute : attributes) {
      paths.add(attribute.path());
    }
    List<String> keys = new ArrayList<>(repository.definition().keyNames());
    Optional<IndexDefinition> index =
        indexName == null ? Optional.empty() : repository.definition().index(indexName);
    index.ifPresent(i -> i.keys().forEach(key -> keys.add(key.name())));
    // A member schema checks each item's type, so its reads need the type attribute too.
    if (repository.schema() instanceof MemberSchema<?> member) {
      member.layout().table().typeAttribute().ifPresent(keys::add);
    }
    for (String key : keys) {
      Path path = Path.of(key);
      if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    return new Projection(paths);
  }
}
