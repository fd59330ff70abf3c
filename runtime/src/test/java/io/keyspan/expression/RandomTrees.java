package io.keyspan.expression;

import io.keyspan.value.AttributeValue;
import io.keyspan.value.Bytes;
import io.keyspan.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random expression trees over every node kind, for property tests. Trees are bound (every
 * value a {@link Literal}) or unbound (every value a {@link Placeholder}), and only ever
 * grammatical and statically valid, as DynamoDB would accept them: {@code size()} only as an
 * operand of a comparison, BETWEEN or IN; ordering operators and BETWEEN only with S, N or B
 * constants and constant bounds in order; no operand compared with itself; IN with 1 to 100
 * candidates; {@code if_not_exists} on a path; no {@code list_append} directly inside {@code
 * list_append}; {@code +} and {@code -} only at the top of a SET value, on numbers; ADD with
 * numbers or sets and DELETE with sets; update targets and projection paths that never overlap or
 * conflict; key conditions of one equality and at most one sort-key term.
 */
final class RandomTrees {
  /** Attribute names that would break bare expression text: reserved words, dots, unicode. */
  private static final List<String> NAMES =
      List.of(
          "a",
          "b",
          "Age",
          "UserID",
          "x_1",
          "Name",
          "size",
          "SET",
          "AND",
          "Date",
          "Status",
          "Count",
          "value",
          "between",
          "IN",
          "a.b",
          "x.y.z",
          ".",
          "[0]",
          "a[1]",
          "größe",
          "名前",
          "😀",
          "Ωmega",
          "\u00A0",
          "#hash",
          ":colon",
          "with space",
          "-dash",
          "(paren)",
          "a,b",
          "\"quoted\"",
          "=",
          "0start");

  private static final List<String> PLACEHOLDERS =
      List.of(":a", ":b", ":age", ":Age2", ":v_1", ":x", ":email", ":0", ":_");

  private static final List<String> NUMBERS =
      List.of(
          "0",
          "1",
          "-1",
          "0.5",
          "-12.75",
          "1E+125",
          "-1E-130",
          "1E-130",
          "9.9999999999999999999999999999999999999E+125",
          "12345678901234567890123456789012345678",
          "-0.000000000000000000000000000000000000001");

  private static final List<String> STRINGS =
      List.of("", "x", "hello", "¿", "😀", "a b", ") OR (", ":v0", "#n0", "\"", "\\", "\n");

  private static final List<String> TYPE_NAMES =
      List.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

  private final Random random;
  private final boolean bound;
  private boolean largeInUsed;

  RandomTrees(long seed, boolean bound) {
    this.random = new Random(seed);
    this.bound = bound;
  }

  // ---------------------------------------------------------------- conditions

  Condition condition() {
    largeInUsed = false;
    return condition(3);
  }

  private Condition condition(int depth) {
    if (depth == 0 || random.nextInt(10) < 4) {
      return atom();
    }
    switch (random.nextInt(3)) {
      case 0:
        return new Condition.And(condition(depth - 1), condition(depth - 1));
      case 1:
        return new Condition.Or(condition(depth - 1), condition(depth - 1));
      default:
        return new Condition.Not(condition(depth - 1));
    }
  }

  private Condition atom() {
    switch (random.nextInt(9)) {
      case 0:
        return compare();
      case 1:
        return between();
      case 2:
        return in();
      case 3:
        return new Condition.AttributeExists(path());
      case 4:
        return new Condition.AttributeNotExists(path());
      case 5:
        return new Condition.AttributeType(
            random.nextInt(4) == 0 ? value(anyValue()) : path(),
            value(AttributeValue.s(pick(TYPE_NAMES))));
      case 6:
        return distinct(
            (subject, prefix) -> new Condition.BeginsWith(subject, prefix),
            this::stringOrBinaryOperand);
      case 7:
        return distinct(
            (subject, operand) -> new Condition.Contains(subject, operand),
            () -> random.nextBoolean() ? path() : value(anyValue()));
      default:
        return compare();
    }
  }

  private Condition compare() {
    ComparisonOperator op = pick(List.of(ComparisonOperator.values()));
    java.util.function.Supplier<Operand> operand =
        op.isOrdering() ? this::orderedOperand : this::anyComparand;
    return distinct((left, right) -> new Condition.Compare(left, op, right), operand);
  }

  private Condition between() {
    Operand value = orderedOperand();
    if (random.nextBoolean()) {
      // Constant bounds: one ordered type, lower <= upper.
      AttributeValue.Type type =
          pick(List.of(AttributeValue.Type.S, AttributeValue.Type.N, AttributeValue.Type.B));
      AttributeValue first = scalar(type);
      AttributeValue second = scalar(type);
      boolean inOrder = Values.compare(first, second) <= 0;
      return new Condition.Between(
          value, value(inOrder ? first : second), value(inOrder ? second : first));
    }
    // At most one constant bound, so no type or order rule applies.
    Operand item = random.nextBoolean() ? path() : new Operand.Size(path());
    return random.nextBoolean()
        ? new Condition.Between(value, item, orderedOperand())
        : new Condition.Between(value, orderedOperand(), item);
  }

  private Condition in() {
    int count = 1 + random.nextInt(5);
    if (!largeInUsed && random.nextInt(30) == 0) {
      largeInUsed = true;
      count = random.nextBoolean() ? 100 : 50 + random.nextInt(51);
    }
    List<Operand> candidates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      candidates.add(random.nextInt(3) == 0 ? path() : value(anyValue()));
    }
    return new Condition.In(random.nextInt(4) == 0 ? new Operand.Size(path()) : path(), candidates);
  }

  /** A two-operand node whose operands are not the same path (DynamoDB rejects {@code a = a}). */
  private Condition distinct(
      java.util.function.BiFunction<Operand, Operand, Condition> node,
      java.util.function.Supplier<Operand> operands) {
    Operand first = operands.get();
    Operand second = operands.get();
    while (first instanceof Path && first.equals(second)) {
      second = operands.get();
    }
    return node.apply(first, second);
  }

  private Operand anyComparand() {
    switch (random.nextInt(4)) {
      case 0:
        return new Operand.Size(path());
      case 1:
        return value(anyValue());
      default:
        return path();
    }
  }

  private Operand orderedOperand() {
    switch (random.nextInt(4)) {
      case 0:
        return new Operand.Size(path());
      case 1:
        return value(
            scalar(
                pick(
                    List.of(AttributeValue.Type.S, AttributeValue.Type.N, AttributeValue.Type.B))));
      default:
        return path();
    }
  }

  private Operand stringOrBinaryOperand() {
    if (random.nextBoolean()) {
      return path();
    }
    return value(scalar(random.nextBoolean() ? AttributeValue.Type.S : AttributeValue.Type.B));
  }

  // ---------------------------------------------------------------- key conditions

  KeyCondition keyCondition() {
    List<String> attributes = distinctNames(2);
    KeyCondition.Term partition =
        new KeyCondition.Compare(
            attributes.get(0), ComparisonOperator.EQ, value(scalar(keyType())));
    if (random.nextInt(3) == 0) {
      return KeyCondition.of(partition);
    }
    String sortKey = attributes.get(1);
    KeyCondition.Term sort;
    switch (random.nextInt(3)) {
      case 0:
        sort =
            new KeyCondition.Compare(
                sortKey,
                pick(
                    List.of(
                        ComparisonOperator.EQ,
                        ComparisonOperator.LT,
                        ComparisonOperator.LE,
                        ComparisonOperator.GT,
                        ComparisonOperator.GE)),
                value(scalar(keyType())));
        break;
      case 1:
        AttributeValue.Type type = keyType();
        AttributeValue first = scalar(type);
        AttributeValue second = scalar(type);
        boolean inOrder = Values.compare(first, second) <= 0;
        sort =
            new KeyCondition.Between(
                sortKey, value(inOrder ? first : second), value(inOrder ? second : first));
        break;
      default:
        sort =
            new KeyCondition.BeginsWith(
                sortKey,
                value(
                    scalar(random.nextBoolean() ? AttributeValue.Type.S : AttributeValue.Type.B)));
        break;
    }
    return KeyCondition.of(partition, sort);
  }

  private AttributeValue.Type keyType() {
    return pick(List.of(AttributeValue.Type.S, AttributeValue.Type.N, AttributeValue.Type.B));
  }

  // ---------------------------------------------------------------- updates

  UpdateExpression update() {
    List<String> targets = distinctNames(12);
    int next = 0;
    List<UpdateExpression.SetAction> set = new ArrayList<>();
    List<Path> remove = new ArrayList<>();
    List<UpdateExpression.AddAction> add = new ArrayList<>();
    List<UpdateExpression.DeleteAction> delete = new ArrayList<>();
    do {
      for (int i = random.nextInt(4); i > 0; i--) {
        set.add(new UpdateExpression.SetAction(pathUnder(targets.get(next++)), setValue()));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        remove.add(pathUnder(targets.get(next++)));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        AttributeValue addend = random.nextBoolean() ? scalar(AttributeValue.Type.N) : set();
        add.add(new UpdateExpression.AddAction(pathUnder(targets.get(next++)), value(addend)));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        delete.add(new UpdateExpression.DeleteAction(pathUnder(targets.get(next++)), value(set())));
      }
    } while (set.isEmpty() && remove.isEmpty() && add.isEmpty() && delete.isEmpty());
    return new UpdateExpression(set, remove, add, delete);
  }

  private UpdateValue setValue() {
    switch (random.nextInt(5)) {
      case 0:
        return new UpdateValue.Plus(numberOperand(), numberOperand());
      case 1:
        return new UpdateValue.Minus(numberOperand(), numberOperand());
      default:
        return updateOperand(2);
    }
  }

  /** An operand of {@code +} or {@code -}: a number, or something that may hold one. */
  private UpdateValue numberOperand() {
    switch (random.nextInt(4)) {
      case 0:
        return value(scalar(AttributeValue.Type.N));
      case 1:
        return new UpdateValue.IfNotExists(
            path(), random.nextBoolean() ? path() : value(scalar(AttributeValue.Type.N)));
      default:
        return path();
    }
  }

  private UpdateValue updateOperand(int depth) {
    int choice = depth == 0 ? random.nextInt(2) : random.nextInt(4);
    switch (choice) {
      case 0:
        return path();
      case 1:
        return value(anyValue());
      case 2:
        return new UpdateValue.IfNotExists(path(), updateOperand(depth - 1));
      default:
        return new UpdateValue.ListAppend(listOperand(depth - 1), listOperand(depth - 1));
    }
  }

  /**
   * An operand of {@code list_append}: a list, or something that may hold one; never another
   * list_append.
   */
  private UpdateValue listOperand(int depth) {
    switch (random.nextInt(3)) {
      case 0:
        return value(list(depth));
      case 1:
        return new UpdateValue.IfNotExists(
            path(), random.nextBoolean() ? path() : value(list(depth)));
      default:
        return path();
    }
  }

  // ---------------------------------------------------------------- projections

  Projection projection() {
    List<Path> paths = new ArrayList<>();
    for (String name : distinctNames(1 + random.nextInt(6))) {
      paths.add(pathUnder(name));
    }
    return new Projection(paths);
  }

  // ---------------------------------------------------------------- paths

  private Path path() {
    return pathUnder(pick(NAMES));
  }

  /** A path under a top-level name, up to three steps deeper, with map keys and list indexes. */
  private Path pathUnder(String topLevel) {
    Path path = Path.of(topLevel);
    for (int i = random.nextInt(4); i > 0; i--) {
      path =
          random.nextBoolean()
              ? path.attribute(pick(NAMES))
              : path.index(random.nextInt(8) == 0 ? 1_000_000 : random.nextInt(20));
    }
    return path;
  }

  private List<String> distinctNames(int count) {
    List<String> names = new ArrayList<>(NAMES);
    Collections.shuffle(names, random);
    return names.subList(0, count);
  }

  // ---------------------------------------------------------------- values

  /** A value position: the value itself when bound, a placeholder when not. */
  private ValueOperand value(AttributeValue value) {
    return bound ? new Literal(value) : new Placeholder(pick(PLACEHOLDERS));
  }

  private AttributeValue anyValue() {
    return anyValue(2);
  }

  private AttributeValue anyValue(int depth) {
    int kinds = depth == 0 ? 8 : 10;
    switch (random.nextInt(kinds)) {
      case 0:
        return scalar(AttributeValue.Type.S);
      case 1:
        return scalar(AttributeValue.Type.N);
      case 2:
        return scalar(AttributeValue.Type.B);
      case 3:
        return AttributeValue.bool(random.nextBoolean());
      case 4:
        return AttributeValue.nul();
      case 5:
      case 6:
      case 7:
        return set();
      case 8:
        return list(depth);
      default:
        Map<String, AttributeValue> entries = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          entries.put(pick(NAMES), anyValue(depth - 1));
        }
        return AttributeValue.m(entries);
    }
  }

  private AttributeValue list(int depth) {
    List<AttributeValue> elements = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      elements.add(depth <= 0 ? scalar(AttributeValue.Type.N) : anyValue(depth - 1));
    }
    return AttributeValue.l(elements);
  }

  private AttributeValue set() {
    int size = 1 + random.nextInt(3);
    switch (random.nextInt(3)) {
      case 0:
        Set<String> strings = new LinkedHashSet<>();
        while (strings.size() < size) {
          strings.add(pick(STRINGS) + random.nextInt(3));
        }
        return AttributeValue.ss(strings);
      case 1:
        Set<BigDecimal> numbers = new LinkedHashSet<>();
        while (numbers.size() < size) {
          numbers.add(((AttributeValue.N) scalar(AttributeValue.Type.N)).value());
        }
        return new AttributeValue.NS(numbers);
      default:
        Set<Bytes> binaries = new LinkedHashSet<>();
        while (binaries.size() < size) {
          binaries.add(((AttributeValue.B) scalar(AttributeValue.Type.B)).value());
        }
        return AttributeValue.bs(binaries);
    }
  }

  private AttributeValue scalar(AttributeValue.Type type) {
    switch (type) {
      case S:
        return AttributeValue.s(pick(STRINGS));
      case N:
        return random.nextBoolean()
            ? AttributeValue.n(pick(NUMBERS))
            : AttributeValue.n(BigDecimal.valueOf(random.nextLong(), random.nextInt(40) - 20));
      case B:
        byte[] bytes = new byte[random.nextInt(5)];
        random.nextBytes(bytes);
        return AttributeValue.b(bytes);
      default:
        throw new IllegalArgumentException("not a scalar type: " + type);
    }
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
