package io.keyspan.processor.read;

import com.palantir.javapoet.TypeName;
import io.keyspan.expression.Condition;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Placeholder;
import io.keyspan.processor.base.Message;
import io.keyspan.processor.base.Report;
import io.keyspan.processor.base.Report.Place;
import io.keyspan.processor.base.Suggestions;
import io.keyspan.processor.model.DerivedName;
import io.keyspan.processor.model.DerivedName.Subject;
import io.keyspan.processor.model.Entity;
import io.keyspan.processor.model.MethodPlan;
import io.keyspan.processor.model.Operation;
import io.keyspan.processor.model.ParsedMethod;
import io.keyspan.processor.model.Property;
import io.keyspan.processor.model.SingleTable;
import io.keyspan.processor.validate.MethodVerifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Plans the methods of a declared repository of one single-table member
 * ({@code @Repository(Order.class)}): queries whose key conditions name the components of the
 * member's key templates (scans and writes go to {@link MemberWrites}). A derived name reads the
 * key whose templates its criteria serve best (the table's, else an index's), its other criteria
 * becoming the filter; an annotated {@code @Query} names its key (the table's, or {@code index}).
 * The key condition is translated by {@link TemplateKeys} and the method is then checked like any
 * declared method, against the member as if it had a table of its own ({@link MemberEntity}). Its
 * items are filtered by item type at run time.
 */
final class MemberQueries implements MethodReader.Planner {
  private final SingleTable table;
  private final SingleTable.Member member;
  private final Map<String, Property> byJavaName = new LinkedHashMap<>();
  private final Map<String, Property> byAttribute = new LinkedHashMap<>();
  private final MethodNameParser parser;
  private final AnnotatedReader annotated;
  private final TemplateKeys keys;
  private final MethodVerifier verifier;
  private final MemberWrites writes;

  MemberQueries(ProcessingEnvironment environment, SingleTable table, SingleTable.Member member) {
    this.table = table;
    this.member = member;
    member
        .entity()
        .properties()
        .forEach(
            p -> {
              byJavaName.put(p.javaName(), p);
              byAttribute.put(p.attributeName(), p);
            });
    this.parser =
        new MethodNameParser(member.entity().className().simpleName(), byJavaName.keySet());
    Entity entity = MemberEntity.of(table, member, environment.getElementUtils());
    this.annotated =
        new AnnotatedReader(
            environment.getElementUtils(),
            entity.properties().stream().map(Property::attributeName).toList());
    this.keys = new TemplateKeys(table, member);
    this.verifier = new MethodVerifier(entity, environment.getTypeUtils());
    this.writes = new MemberWrites(table, member, verifier, byJavaName, byAttribute);
  }

  @Override
  public Optional<MethodPlan> plan(
      ExecutableElement method, AnnotationMirror operation, Report report) {
    return operation == null ? derived(method, report) : annotated(method, operation, report);
  }

  private Optional<MethodPlan> annotated(
      ExecutableElement method, AnnotationMirror operation, Report report) {
    Optional<ParsedMethod> read = annotated.read(method, operation, report);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    ParsedMethod parsed = read.get();
    if (!parsed.operation().isRead()) {
      return writes.write(method, parsed, report);
    }
    String index = parsed.index().orElse(null);
    Optional<SingleTable.Template> template = member.template(index);
    if (template.isEmpty()) {
      report.error(
          parsed.indexPlace(),
          Message.MEMBER_NO_INDEX_TEMPLATE,
          method.getSimpleName(),
          index,
          member.entity().className().simpleName(),
          keysOf());
      return Optional.empty();
    }
    if (parsed.operation() == Operation.SCAN) {
      return writes.scan(method, parsed, report);
    }
    int before = report.size();
    for (KeyCondition.Term term : parsed.key().terms()) {
      Property property = byAttribute.get(term.attribute());
      if (property == null || !template.get().components().contains(property.javaName())) {
        report.error(
            parsed.keyPlace(),
            Message.MEMBER_NOT_A_COMPONENT,
            method.getSimpleName(),
            term.attribute(),
            member.entity().className().simpleName(),
            table.keyOf(index).orElseThrow().describe(),
            String.join(", ", template.get().components()));
      }
    }
    if (report.size() > before
        || !valuesFit(method, parsed.key().terms(), parsed.keyPlace(), report)) {
      return Optional.empty();
    }
    return translated(method, parsed, template.get(), parsed.key().terms(), report);
  }

  private Optional<MethodPlan> derived(ExecutableElement method, Report report) {
    Optional<DerivedReader.Criteria> read =
        DerivedReader.criteria(parser, byJavaName, method, report);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    DerivedName name = read.get().name();
    List<DerivedReader.Bound> criteria = read.get().criteria();
    if (name.subject() == Subject.DELETE) {
      return writes.derivedDelete(method, criteria, report);
    }
    Place place = new Place(method, null, null);
    Optional<Choice> chosen = choose(method, criteria);
    if (chosen.isEmpty()) {
      report.error(
          method,
          Message.MEMBER_NO_TEMPLATE,
          method.getSimpleName(),
          member.entity().className().simpleName(),
          member.templates().stream()
              .map(
                  t ->
                      table.keyOf(t.index()).orElseThrow().describe()
                          + " \""
                          + t.partition()
                          + "\": "
                          + String.join(", ", t.partition().components()))
              .collect(Collectors.joining("; ")));
      return Optional.empty();
    }
    Choice choice = chosen.get();
    if (!valuesFit(
        method, choice.key().stream().map(DerivedReader.Bound::term).toList(), place, report)) {
      return Optional.empty();
    }
    List<DerivedReader.Bound> filter = new ArrayList<>(criteria);
    filter.removeAll(choice.key());
    boolean descending = false;
    if (name.orderBy().isPresent()) {
      Optional<String> order = orderedBy(choice);
      if (!order.equals(name.orderBy())) {
        report.error(
            method,
            Message.MEMBER_ORDER_BY,
            method.getSimpleName(),
            name.orderBy().get(),
            table.keyOf(choice.template().index()).orElseThrow().describe(),
            order.map(c -> "{" + c + "}").orElse("one sort key, fixed by the condition"));
        return Optional.empty();
      }
      descending = name.descending();
    }
    Condition condition =
        filter.stream().map(DerivedReader.Bound::condition).reduce(Condition.And::new).orElse(null);
    ParsedMethod parsed =
        ParsedMethod.derivedRead(
            Operation.QUERY,
            Optional.ofNullable(choice.template().index()),
            place,
            null,
            condition,
            descending,
            name.subject() == Subject.EXISTS ? 1 : name.limit());
    return translated(
        method,
        parsed,
        choice.template(),
        choice.key().stream().map(DerivedReader.Bound::term).toList(),
        report);
  }

  /** One key the criteria could read, with the criteria on its components and their translation. */
  private record Choice(
      SingleTable.Template template, List<DerivedReader.Bound> key, TemplateKeys.Result result) {}

  /**
   * The key whose partition components the criteria all test with = and whose translation holds the
   * most of them (the table's first on a tie); else the problem of the best such key, reported.
   */
  private Optional<Choice> choose(ExecutableElement method, List<DerivedReader.Bound> criteria) {
    Choice best = null;
    for (SingleTable.Template template : member.templates()) {
      boolean partitionFixed =
          template.partition().components().stream()
              .allMatch(
                  c ->
                      criteria.stream()
                          .anyMatch(
                              b -> b.property().javaName().equals(c) && b.operator().isEquality()));
      if (!partitionFixed) {
        continue;
      }
      List<DerivedReader.Bound> key =
          criteria.stream()
              .filter(b -> template.components().contains(b.property().javaName()))
              .toList();
      TemplateKeys.Result result =
          keys.translate(
              method.getSimpleName().toString(),
              template,
              key.stream().map(DerivedReader.Bound::term).toList(),
              parameters(method));
      Choice choice = new Choice(template, key, result);
      if (best == null || better(choice, best)) {
        best = choice;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(Choice candidate, Choice best) {
    boolean translated = candidate.result() instanceof TemplateKeys.Translated;
    boolean bestTranslated = best.result() instanceof TemplateKeys.Translated;
    if (translated != bestTranslated) {
      return translated;
    }
    return candidate.key().size() > best.key().size();
  }

  /** The component a chosen key's items come ordered by: the sort template's first not fixed. */
  private static Optional<String> orderedBy(Choice choice) {
    if (choice.template().sort() == null) {
      return Optional.empty();
    }
    for (String component : choice.template().sort().components()) {
      boolean fixed =
          choice.key().stream()
              .anyMatch(
                  b -> b.property().javaName().equals(component) && b.operator().isEquality());
      if (!fixed) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }

  /** The key condition translated and the method checked, or empty after reporting why not. */
  private Optional<MethodPlan> translated(
      ExecutableElement method,
      ParsedMethod parsed,
      SingleTable.Template template,
      List<KeyCondition.Term> terms,
      Report report) {
    TemplateKeys.Result result =
        keys.translate(method.getSimpleName().toString(), template, terms, parameters(method));
    if (result instanceof TemplateKeys.Problem problem) {
      report.error(parsed.keyPlace(), problem.message(), problem.arguments().toArray());
      return Optional.empty();
    }
    TemplateKeys.Translated translated = (TemplateKeys.Translated) result;
    Optional<MethodPlan> plan =
        verifier.verify(method, parsed.withKey(translated.key()), translated.bindings(), report);
    if (plan.isPresent() && projectsItems(plan.get())) {
      report.error(
          parsed.projectionPlace(),
          Message.MEMBER_PROJECTED_ITEM,
          method.getSimpleName(),
          member.entity().className().simpleName());
      return Optional.empty();
    }
    return plan;
  }

  /** Whether a read returns the member's objects made from a projection of their attributes. */
  static boolean projectsItems(MethodPlan plan) {
    return plan.parsed().projection() != null
        && plan.projected().isEmpty()
        && plan.result() != MethodPlan.Result.COUNT
        && plan.result() != MethodPlan.Result.EXISTS;
  }

  /**
   * Whether every placeholder of the terms names a parameter whose type is its component's; reports
   * those that do not.
   */
  private boolean valuesFit(
      ExecutableElement method, List<KeyCondition.Term> terms, Place place, Report report) {
    Map<String, VariableElement> parameters = parameters(method);
    boolean fit = true;
    for (KeyCondition.Term term : terms) {
      Property property = byAttribute.get(term.attribute());
      for (Placeholder placeholder : placeholders(term)) {
        String name = placeholder.name().substring(1);
        VariableElement parameter = parameters.get(name);
        if (parameter == null) {
          report.error(
              place,
              Message.UNBOUND_PLACEHOLDER,
              method.getSimpleName(),
              name,
              placeholder.name(),
              Suggestions.closest(name, parameters.keySet())
                  .map(c -> " (did you mean :" + c + "?)")
                  .orElse(""));
          fit = false;
        } else if (!typeFits(parameter, property, report)) {
          fit = false;
        }
      }
    }
    return fit;
  }

  /**
   * Whether a parameter has the type of the component property it gives; reports it at the
   * parameter when not.
   */
  static boolean typeFits(VariableElement parameter, Property property, Report report) {
    if (TypeName.get(parameter.asType())
        .box()
        .withoutAnnotations()
        .equals(property.mapping().javaType().withoutAnnotations())) {
      return true;
    }
    report.error(
        parameter,
        Message.PARAMETER_TYPE,
        parameter.getSimpleName(),
        TypeName.get(parameter.asType()),
        property.attributeName(),
        property.mapping().javaType(),
        TypeName.get(property.type()));
    return false;
  }

  private static List<Placeholder> placeholders(KeyCondition.Term term) {
    List<Placeholder> placeholders = new ArrayList<>();
    term.accept(
        new KeyCondition.Term.Visitor<Void>() {
          @Override
          public Void compare(KeyCondition.Compare node) {
            add(node.value());
            return null;
          }

          @Override
          public Void between(KeyCondition.Between node) {
            add(node.lower());
            add(node.upper());
            return null;
          }

          @Override
          public Void beginsWith(KeyCondition.BeginsWith node) {
            add(node.prefix());
            return null;
          }

          private void add(Object value) {
            if (value instanceof Placeholder placeholder) {
              placeholders.add(placeholder);
            }
          }
        });
    return placeholders;
  }

  private static Map<String, VariableElement> parameters(ExecutableElement method) {
    Map<String, VariableElement> parameters = new LinkedHashMap<>();
    method.getParameters().forEach(p -> parameters.put(p.getSimpleName().toString(), p));
    return parameters;
  }

  /** The member's keys, for messages: {@code the table key, the index GSI1}. */
  private String keysOf() {
    return member.templates().stream()
        .map(t -> table.keyOf(t.index()).orElseThrow().describe())
        .collect(Collectors.joining(", "));
  }
}
