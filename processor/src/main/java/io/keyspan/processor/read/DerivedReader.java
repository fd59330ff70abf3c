package io.keyspan.processor.read;

import io.keyspan.annotations.AllowScan;
import io.keyspan.annotations.Cursor;
import io.keyspan.annotations.Limit;
import io.keyspan.annotations.PageSize;
import io.keyspan.expression.ComparisonOperator;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.model.DerivedName;
import io.keyspan.processor.model.DerivedName.Criterion;
import io.keyspan.processor.model.DerivedName.Operator;
import io.keyspan.processor.model.DerivedName.Subject;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * Turns a derived method name into the trees an annotated method would carry: a Query on the table,
 * or else on the first index, whose partition key the name tests with equality (with a sort-key
 * condition when the name tests that key too), the other criteria as the filter. A name no key fits
 * becomes a Scan only with {@code @AllowScan}. Parameters bind to criteria in order.
 */
public final class DerivedReader {

  private final Entity entity;
  private final Map<String, Property> byJavaName = new LinkedHashMap<>();
  private final MethodNameParser parser;

  public DerivedReader(Entity entity) {
    this.entity = entity;
    entity.properties().forEach(p -> byJavaName.put(p.javaName(), p));
    this.parser = new MethodNameParser(entity.className().simpleName(), byJavaName.keySet());
  }

  Optional<ParsedMethod> read(ExecutableElement method, Report report) {
    Optional<Criteria> read = criteria(parser, byJavaName, method, report);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    DerivedName derived = read.get().name();
    List<Bound> criteria = read.get().criteria();
    Place place = new Place(method, null, null);
    if (derived.subject() == Subject.DELETE) {
      return delete(method, criteria, place, report);
    }
    Optional<Target> target = target(criteria);
    boolean allowScan = Mirrors.has(method, AllowScan.class);
    if (target.isEmpty() && !allowScan) {
      report.error(
          method,
          Message.NEEDS_SCAN,
          name,
          criteria.stream()
              .map(c -> c.property().javaName())
              .distinct()
              .collect(Collectors.joining(", ")),
          keysDescription());
      return Optional.empty();
    }
    boolean descending = false;
    if (derived.orderBy().isPresent()) {
      Property order = byJavaName.get(derived.orderBy().get());
      Property sort = target.map(Target::sort).orElse(null);
      if (order != sort) {
        report.error(
            method,
            Message.ORDER_BY_NOT_SORT_KEY,
            name,
            order.javaName(),
            target
                .map(t -> t.index().map(i -> "the index " + i.name()).orElse("the table"))
                .orElse("a Scan"),
            target.isEmpty()
                ? " (a Scan has no order)"
                : sort == null ? " (it has none)" : " (" + sort.javaName() + ")");
        return Optional.empty();
      }
      descending = derived.descending();
    }
    List<Bound> filter = new ArrayList<>(criteria);
    KeyCondition key = null;
    if (target.isPresent()) {
      filter.removeAll(target.get().keyCriteria());
      key = new KeyCondition(target.get().keyCriteria().stream().map(Bound::term).toList());
    }
    Condition condition =
        filter.stream().map(Bound::condition).reduce(Condition.And::new).orElse(null);
    int limit = derived.subject() == Subject.EXISTS ? 1 : derived.limit();
    return Optional.of(
        ParsedMethod.derivedRead(
            target.isPresent() ? Operation.QUERY : Operation.SCAN,
            target.flatMap(Target::index).map(TableModel.Index::name),
            place,
            key,
            condition,
            descending,
            limit));
  }

  /**
   * The parsed name of a derived method and its criteria bound to parameters, or empty after
   * reporting why the name or the parameters do not fit.
   */
  static Optional<Criteria> criteria(
      MethodNameParser parser,
      Map<String, Property> byJavaName,
      ExecutableElement method,
      Report report) {
    String name = method.getSimpleName().toString();
    MethodNameParser.Result result = parser.parse(name);
    if (result instanceof MethodNameParser.NotDerived) {
      report.error(method, Message.NO_OPERATION, name);
      return Optional.empty();
    }
    if (result instanceof MethodNameParser.Failed failed) {
      report.error(method, failed.message(), failed.arguments().toArray());
      return Optional.empty();
    }
    DerivedName derived = ((MethodNameParser.Named) result).name();
    List<VariableElement> values =
        method.getParameters().stream()
            .filter(DerivedReader::bindsValue)
            .map(p -> (VariableElement) p)
            .toList();
    int needed = derived.criteria().stream().mapToInt(c -> c.operator().arity()).sum();
    if (values.size() != needed) {
      report.error(
          method,
          Message.CRITERION_PARAMETERS,
          name,
          values.size(),
          needed,
          derived.criteria().stream()
              .map(c -> c.property() + " " + c.operator().name().toLowerCase(java.util.Locale.ROOT))
              .collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    if (!resultFits(method, derived.subject(), report)) {
      return Optional.empty();
    }
    List<Bound> criteria = new ArrayList<>();
    int next = 0;
    for (Criterion criterion : derived.criteria()) {
      List<Placeholder> placeholders = new ArrayList<>();
      for (int i = 0; i < criterion.operator().arity(); i++) {
        placeholders.add(new Placeholder(":" + values.get(next++).getSimpleName()));
      }
      criteria.add(
          new Bound(byJavaName.get(criterion.property()), criterion.operator(), placeholders));
    }
    return Optional.of(new Criteria(derived, criteria));
  }

  /** A derived name and its criteria, each bound to its parameters' placeholders. */
  record Criteria(DerivedName name, List<Bound> criteria) {}

  private Optional<ParsedMethod> delete(
      ExecutableElement method, List<Bound> criteria, Place place, Report report) {
    Property partition = entity.partitionKey().orElseThrow();
    List<Property> keys = new ArrayList<>(List.of(partition));
    entity.sortKey().ifPresent(keys::add);
    return deleteByKey(method, criteria, keys, place, report);
  }

  /**
   * The delete of a derived name whose criteria test exactly {@code keys} with =, the properties
   * that give an item's key; empty after reporting why not.
   */
  static Optional<ParsedMethod> deleteByKey(
      ExecutableElement method,
      List<Bound> criteria,
      List<Property> keys,
      Place place,
      Report report) {
    List<Property> named = criteria.stream().map(Bound::property).toList();
    boolean byKey =
        criteria.stream().allMatch(c -> c.operator().isEquality())
            && named.size() == keys.size()
            && named.containsAll(keys);
    if (!byKey) {
      String keyNames = keys.stream().map(Property::javaName).collect(Collectors.joining(" and "));
      report.error(
          method,
          Message.DELETE_BY_KEY,
          method.getSimpleName(),
          criteria.stream().map(c -> c.property().javaName()).collect(Collectors.joining(", ")),
          keyNames,
          keys.stream()
              .map(p -> MethodNameParser.capitalize(p.javaName()))
              .collect(Collectors.joining("And")));
      return Optional.empty();
    }
    return Optional.of(ParsedMethod.derivedDelete(place));
  }

  private static boolean resultFits(ExecutableElement method, Subject subject, Report report) {
    TypeKind kind = method.getReturnType().getKind();
    String type = method.getReturnType().toString();
    if (subject == Subject.COUNT && kind != TypeKind.LONG && !type.equals("java.lang.Long")) {
      report.error(method, Message.COUNT_RESULT, method.getSimpleName(), type);
      return false;
    }
    if (subject == Subject.EXISTS
        && kind != TypeKind.BOOLEAN
        && !type.equals("java.lang.Boolean")) {
      report.error(method, Message.EXISTS_RESULT, method.getSimpleName(), type);
      return false;
    }
    return true;
  }

  private static boolean bindsValue(VariableElement parameter) {
    return !Mirrors.has(parameter, Limit.class)
        && !Mirrors.has(parameter, PageSize.class)
        && !Mirrors.has(parameter, Cursor.class);
  }

  /** The table, else the first index, whose partition key a criterion tests with equality. */
  private Optional<Target> target(List<Bound> criteria) {
    List<Target> candidates = new ArrayList<>();
    candidates.add(
        new Target(
            Optional.empty(),
            entity.partitionKey().orElseThrow(),
            entity.sortKey().orElse(null),
            List.of()));
    for (TableModel.Index index : entity.table().orElseThrow().indexes()) {
      if (index.multiAttribute()) {
        continue; // a derived name tests one partition attribute; these take @Query(key = ...)
      }
      candidates.add(
          new Target(Optional.of(index), index.partitionKey(), index.sortKey(), List.of()));
    }
    Target best = null;
    for (Target candidate : candidates) {
      Optional<Bound> partition =
          criteria.stream()
              .filter(c -> c.property() == candidate.partition() && c.operator().isEquality())
              .findFirst();
      if (partition.isEmpty()) {
        continue;
      }
      List<Bound> keyCriteria = new ArrayList<>(List.of(partition.get()));
      criteria.stream()
          .filter(c -> c.property() == candidate.sort() && candidate.sort() != null)
          .findFirst()
          .ifPresent(keyCriteria::add);
      Target resolved =
          new Target(candidate.index(), candidate.partition(), candidate.sort(), keyCriteria);
      if (best == null || resolved.keyCriteria().size() > best.keyCriteria().size()) {
        best = resolved;
      }
    }
    return Optional.ofNullable(best);
  }

  private String keysDescription() {
    List<String> keys = new ArrayList<>();
    keys.add(
        "table "
            + entity.partitionKey().orElseThrow().javaName()
            + entity.sortKey().map(s -> "/" + s.javaName()).orElse(""));
    for (TableModel.Index index : entity.table().orElseThrow().indexes()) {
      keys.add(
          index.name()
              + " "
              + index.partitionKey().javaName()
              + (index.sortKey() == null ? "" : "/" + index.sortKey().javaName()));
    }
    return String.join(", ", keys);
  }

  /** Where a derived read runs, and which criteria become its key condition. */
  private record Target(
      Optional<TableModel.Index> index,
      Property partition,
      Property sort,
      List<Bound> keyCriteria) {}

  /** A criterion with its property and placeholders. */
  record Bound(Property property, Operator operator, List<Placeholder> placeholders) {
    KeyCondition.Term term() {
      String attribute = property.attributeName();
      switch (operator) {
        case BETWEEN:
          return new KeyCondition.Between(attribute, placeholders.get(0), placeholders.get(1));
        case STARTING_WITH:
        case STARTS_WITH:
          return new KeyCondition.BeginsWith(attribute, placeholders.get(0));
        default:
          return new KeyCondition.Compare(attribute, comparator(), placeholders.get(0));
      }
    }

    Condition condition() {
      Path path = Path.of(property.attributeName());
      switch (operator) {
        case BETWEEN:
          return new Condition.Between(path, placeholders.get(0), placeholders.get(1));
        case STARTING_WITH:
        case STARTS_WITH:
          return new Condition.BeginsWith(path, placeholders.get(0));
        default:
          return new Condition.Compare(path, comparator(), placeholders.get(0));
      }
    }

    private ComparisonOperator comparator() {
      switch (operator) {
        case GREATER_THAN:
          return ComparisonOperator.GT;
        case GREATER_THAN_EQUAL:
          return ComparisonOperator.GE;
        case LESS_THAN:
          return ComparisonOperator.LT;
        case LESS_THAN_EQUAL:
          return ComparisonOperator.LE;
        default:
          return ComparisonOperator.EQ;
      }
    }
  }
}
