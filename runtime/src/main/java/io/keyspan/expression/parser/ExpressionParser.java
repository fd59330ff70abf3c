package io.keyspan.expression.parser;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Condition;
import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.KeyCondition;
import io.keyspan.expression.Path;
import io.keyspan.expression.Projection;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.parser.Problems.Rule;
import io.keyspan.expression.parser.Syntax.PathNode;
import io.keyspan.expression.parser.Syntax.UpdateNode;
import io.keyspan.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one parser for DynamoDB's expression language: condition and filter, key condition, update
 * and projection expressions, with DynamoDB's validation and its exact messages.
 *
 * <p>Two modes. {@link #forRequest} follows DynamoDB: {@code #name}s and {@code :value}s resolve
 * against the request's maps, bare reserved words are rejected, the trees come back bound and
 * checked ({@link StaticChecks}), and {@link #checkAllUsed()} rejects unused map entries. {@link
 * #schemaAware} serves code that knows its schema (the annotation processor, typed code): bare
 * names may be reserved words, since they are escaped when rendered, and {@code :value}s stay
 * {@link io.keyspan.expression.Placeholder}s for a later {@link Binder}.
 *
 * <p>Each kind has a data-returning {@code try...} method, which never throws for bad input, and a
 * thin throwing twin that raises {@link ValidationException} with the first error's message. An
 * instance keeps track of the placeholders its expressions used, so use one instance for the
 * expressions of one request; it is not thread-safe.
 */
public final class ExpressionParser {
  /** DynamoDB's limit on the size of one expression, in UTF-8 bytes. */
  public static final int MAX_EXPRESSION_BYTES = 4096;

  /** DynamoDB's limit on one {@code #name} or {@code :value} placeholder, in UTF-8 bytes. */
  public static final int MAX_PLACEHOLDER_BYTES = 255;

  private static final Pattern NAME_KEY = Pattern.compile("#[A-Za-z0-9_]+");
  private static final Pattern VALUE_KEY = Pattern.compile(":[A-Za-z0-9_]+");

  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;
  private final boolean requestMode;
  private final List<ExpressionError> mapErrors;
  private final Set<String> usedNames = new LinkedHashSet<>();
  private final Set<String> usedValues = new LinkedHashSet<>();

  private ExpressionParser(
      Map<String, String> names, Map<String, AttributeValue> values, boolean requestMode) {
    this.names = new LinkedHashMap<>(names);
    this.values = values == null ? null : new LinkedHashMap<>(values);
    this.requestMode = requestMode;
    List<ExpressionError> errors = new ArrayList<>();
    checkKeys("ExpressionAttributeNames", names.keySet(), NAME_KEY, errors);
    if (values != null) {
      checkKeys("ExpressionAttributeValues", values.keySet(), VALUE_KEY, errors);
    }
    this.mapErrors = List.copyOf(errors);
  }

  /**
   * Request mode, with DynamoDB's semantics: {@code #name}s must be in {@code names}, {@code
   * :value}s in {@code values}; bare reserved words are rejected; trees come back bound.
   *
   * @throws ValidationException if a key of either map is not a valid placeholder
   */
  public static ExpressionParser forRequest(
      Map<String, String> names, Map<String, AttributeValue> values) {
    ExpressionParser parser = new ExpressionParser(names, values, true);
    if (!parser.mapErrors.isEmpty()) {
      throw new ValidationException(parser.mapErrors.get(0).message());
    }
    return parser;
  }

  /**
   * Schema-aware mode: bare names may be reserved words, {@code :value}s stay placeholders, and
   * {@code #name}s must be in {@code names}, which may be empty. Invalid keys in {@code names} are
   * reported by every {@code try...} method.
   */
  public static ExpressionParser schemaAware(Map<String, String> names) {
    return new ExpressionParser(names, null, false);
  }

  // ------------------------------------------------------------ data-returning

  /** A ConditionExpression or FilterExpression; {@code kind} is CONDITION or FILTER. */
  public ParseResult<Condition> tryCondition(ExpressionKind kind, String text) {
    if (kind != ExpressionKind.CONDITION && kind != ExpressionKind.FILTER) {
      throw new IllegalArgumentException("a condition is a CONDITION or FILTER, not " + kind);
    }
    return parse(kind, text, this::conditionTree);
  }

  public ParseResult<KeyCondition> tryKeyCondition(String text) {
    return parse(ExpressionKind.KEY_CONDITION, text, this::keyConditionTree);
  }

  public ParseResult<UpdateExpression> tryUpdate(String text) {
    return parse(ExpressionKind.UPDATE, text, this::updateTree);
  }

  public ParseResult<Projection> tryProjection(String text) {
    return parse(ExpressionKind.PROJECTION, text, this::projectionTree);
  }

  /**
   * The unused map entries, names before values, each as DynamoDB reports it ("Value provided in
   * ExpressionAttributeNames unused in expressions: keys: {#n}"). Usage counts over every
   * expression this instance parsed.
   */
  public List<ExpressionError> unusedPlaceholders() {
    List<ExpressionError> errors = new ArrayList<>();
    List<String> unusedNames = unused(names.keySet(), usedNames);
    if (!unusedNames.isEmpty()) {
      errors.add(ExpressionError.unplaced(Messages.unusedNames(unusedNames)));
    }
    if (values != null) {
      List<String> unusedValues = unused(values.keySet(), usedValues);
      if (!unusedValues.isEmpty()) {
        errors.add(ExpressionError.unplaced(Messages.unusedValues(unusedValues)));
      }
    }
    return errors;
  }

  /**
   * The {@code :value} placeholders the expressions parsed so far used, in first-use order; in
   * schema-aware mode these are the parameters a caller must bind.
   */
  public Set<String> usedValuePlaceholders() {
    return Collections.unmodifiableSet(usedValues);
  }

  // ------------------------------------------------------------------ throwing

  public Condition condition(ExpressionKind kind, String text) {
    return tryCondition(kind, text).orThrow();
  }

  public KeyCondition keyCondition(String text) {
    return tryKeyCondition(text).orThrow();
  }

  public UpdateExpression update(String text) {
    return tryUpdate(text).orThrow();
  }

  public Projection projection(String text) {
    return tryProjection(text).orThrow();
  }

  /**
   * After all expressions of one request were parsed: rejects names and values no expression used.
   *
   * @throws ValidationException with DynamoDB's message for the first unused entries
   */
  public void checkAllUsed() {
    List<ExpressionError> errors = unusedPlaceholders();
    if (!errors.isEmpty()) {
      throw new ValidationException(errors.get(0).message());
    }
  }

  // ---------------------------------------------------------------------- core

  /**
   * The steps every kind shares: map keys, empty text, size limit, grammar (a syntax error is
   * reported alone), then the kind's own resolution and checks.
   */
  private <T> ParseResult<T> parse(ExpressionKind kind, String text, Function<Request, T> build) {
    if (!mapErrors.isEmpty()) {
      return ParseResult.failure(mapErrors);
    }
    Problems problems = new Problems(kind);
    if (text.isEmpty()) {
      problems.add(Rule.EXPRESSION, Messages.emptyExpression(), 0, 0);
      return ParseResult.failure(problems.sorted());
    }
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_EXPRESSION_BYTES) {
      problems.add(Rule.EXPRESSION, Messages.expressionTooLarge(bytes), 0, text.length());
      return ParseResult.failure(problems.sorted());
    }
    try {
      T tree = build.apply(new Request(text, problems));
      return problems.isEmpty()
          ? ParseResult.success(tree)
          : ParseResult.failure(problems.sorted());
    } catch (SyntaxError error) {
      Token token = error.token();
      return ParseResult.failure(
          List.of(
              new ExpressionError(
                  Messages.prefixed(kind, error.detail()),
                  token.start(),
                  token.end() - token.start())));
    }
  }

  /** One expression being parsed: its text and where its problems go. */
  private record Request(String text, Problems problems) {}

  private Resolver resolver(Problems problems) {
    return new Resolver(names, values, requestMode, usedNames, usedValues, problems);
  }

  private Condition conditionTree(Request request) {
    Condition condition = resolver(request.problems()).condition(Grammar.condition(request.text()));
    if (request.problems().isEmpty()) {
      ConditionChecks.check(condition, request.problems());
    }
    return condition;
  }

  private KeyCondition keyConditionTree(Request request) {
    Problems problems = request.problems();
    Condition condition = resolver(problems).condition(Grammar.condition(request.text()));
    if (!problems.isEmpty()) {
      return null;
    }
    KeyCondition keyCondition = KeyConditionShape.of(condition, problems, request.text().length());
    if (keyCondition != null) {
      ConditionChecks.check(condition, problems);
    }
    return keyCondition;
  }

  private UpdateExpression updateTree(Request request) {
    Problems problems = request.problems();
    UpdateNode syntax = Grammar.update(request.text());
    Resolver resolver = resolver(problems);
    UpdateExpression update = resolver.update(syntax);
    if (problems.isEmpty()) {
      // Clashes are reported in the order the actions are written, whatever their clause.
      List<Path> targets = new ArrayList<>();
      for (PathNode target : syntax.targetsInOrder()) {
        targets.add(resolver.path(target));
      }
      PathClashes.check(targets, problems);
      UpdateChecks.check(update, problems);
    }
    return update;
  }

  private Projection projectionTree(Request request) {
    Problems problems = request.problems();
    Projection projection = resolver(problems).projection(Grammar.projection(request.text()));
    if (problems.isEmpty()) {
      StaticChecks.checkProjection(projection, problems);
    }
    return projection;
  }

  // ------------------------------------------------------------------- helpers

  private static void checkKeys(
      String map, Set<String> keys, Pattern pattern, List<ExpressionError> errors) {
    for (String key : keys) {
      if (key.getBytes(StandardCharsets.UTF_8).length > MAX_PLACEHOLDER_BYTES) {
        errors.add(ExpressionError.unplaced(Messages.keyTooLong(map, key)));
      } else if (!pattern.matcher(key).matches()) {
        errors.add(ExpressionError.unplaced(Messages.invalidKey(map, key)));
      }
    }
  }

  private static List<String> unused(Set<String> keys, Set<String> used) {
    return keys.stream().filter(key -> !used.contains(key)).toList();
  }
}
