package io.keyspan.expression.eval;

import static com.google.common.truth.Truth.assertThat;
import static io.keyspan.expression.eval.Trees.item;
import static io.keyspan.expression.eval.Trees.list;
import static io.keyspan.expression.eval.Trees.lit;
import static io.keyspan.expression.eval.Trees.map;
import static io.keyspan.expression.eval.Trees.n;
import static io.keyspan.expression.eval.Trees.path;
import static io.keyspan.expression.eval.Trees.s;
import static io.keyspan.expression.eval.Updates.update;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyspan.exception.ValidationException;
import io.keyspan.expression.Path;
import io.keyspan.expression.Placeholder;
import io.keyspan.expression.UpdateExpression;
import io.keyspan.expression.UpdateValue;
import io.keyspan.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class UpdateEvaluatorTest {
  private static final String INVALID_PATH =
      "The document path provided in the update expression is invalid for update";
  private static final String MISSING_ATTRIBUTE =
      "The provided expression refers to an attribute that does not exist in the item";
  private static final String INCORRECT_DATA_TYPE =
      "An operand in the update expression has an incorrect data type";

  private static Map<String, AttributeValue> apply(
      Updates update, Map<String, AttributeValue> item) {
    return UpdateEvaluator.apply(update.build(), item).newItem();
  }

  private static void assertError(String message, Executable executable) {
    ValidationException error = assertThrows(ValidationException.class, executable);
    assertThat(error).hasMessageThat().isEqualTo(message);
  }

  private static void assertError(
      String message, Updates update, Map<String, AttributeValue> item) {
    assertError(message, () -> UpdateEvaluator.apply(update.build(), item));
  }

  /**
   * Developer Guide Expressions.UpdateExpressions SET [G:Expressions.UpdateExpressions; ALT
   * test_update_expression.py].
   */
  @Nested
  class Set {
    @Test
    void replacesValue_evenWithAnotherType() {
      assertThat(apply(update().set("a", n(7)), item("p", "k", "a", "hi")))
          .containsExactly("p", s("k"), "a", n(7));
    }

    @Test
    void onAbsentItem_createsTheAttributes() {
      // 1.7: UpdateItem is an upsert [API UpdateItem].
      assertThat(apply(update().set("x", n(4)).set("y", n(4)), Map.of()))
          .containsExactly("x", n(4), "y", n(4));
    }

    @Test
    void nestedMapKey_isReplacedOrAdded() {
      // [ALT test_update_expression_nested_attribute_dot]
      Map<String, AttributeValue> item = item("a", map("b", 3, "c", 4), "d", 5);
      assertThat(apply(update().set("a.c", n(7)).set("a.e", n(3)), item))
          .containsExactly("a", map("b", 3, "c", 7, "e", 3), "d", n(5));
    }

    @Test
    void listElement_isReplaced() {
      // [ALT test_update_expression_nested_attribute_index]
      assertThat(apply(update().set("a[1]", s("hello")), item("a", list("one", "two", "three"))))
          .containsExactly("a", list("one", "hello", "three"));
    }

    @Test
    void deepPath_isReplaced() {
      // [ALT test_update_expression_nested_deep]
      Map<String, AttributeValue> item =
          item("a", map("b", 3, "c", list("hi", map("x", map("y", list(3, 5, 7))))));
      assertThat(apply(update().set("a.c[1].x.y[1]", n(9)), item))
          .containsExactly("a", map("b", 3, "c", list("hi", map("x", map("y", list(3, 9, 7))))));
    }

    @Test
    void indexPastEnd_appends_severalInIndexOrder() {
      // 1.7 [ALT test_nested_attribute_update_array_out_of_bounds]
      Map<String, AttributeValue> item = item("a", list("one", "two", "three"));
      assertThat(apply(update().set("a[7]", s("hello")), item))
          .containsExactly("a", list("one", "two", "three", "hello"));
      Updates appends =
          update()
              .set("a[84]", s("a1"))
              .set("a[37]", s("a2"))
              .set("a[17]", s("a3"))
              .set("a[50]", s("a4"));
      assertThat(apply(appends, item))
          .containsExactly("a", list("one", "two", "three", "a3", "a2", "a4", "a1"));
    }

    @Test
    void indexZeroOfEmptyList_appends() {
      assertThat(apply(update().set("l[0]", s("x")), item("l", list())))
          .containsExactly("l", list("x"));
    }

    @Test
    void dotIntoMissingOrNonMap_isInvalidPath() {
      // 1.7 [ALT test_nested_attribute_update_bad_path_dot; PROBE both oracles]
      Map<String, AttributeValue> item = item("a", "hello", "b", list("hi"));
      assertError(INVALID_PATH, update().set("a.c", n(7)), item);
      assertError(INVALID_PATH, update().set("b.c", n(7)), item);
      assertError(INVALID_PATH, update().set("c.c", n(7)), item);
      assertError(INVALID_PATH, update().set("c.c", n(7)), Map.of());
    }

    @Test
    void indexIntoMissingOrNonList_isInvalidPath() {
      // 1.7 [ALT test_nested_attribute_update_bad_path_array]
      Map<String, AttributeValue> item = item("a", "hello", "m", map("x", 1));
      assertError(INVALID_PATH, update().set("a[0]", n(7)), item);
      assertError(INVALID_PATH, update().set("b[0]", n(7)), item);
      assertError(INVALID_PATH, update().set("m[0]", n(7)), item);
      assertError(INVALID_PATH, update().set("b[0]", n(7)), Map.of());
    }

    @Test
    void pathBelowAnAppendedElement_isInvalidPath() {
      assertError(INVALID_PATH, update().set("a[5].x", n(1)), item("a", list(1)));
    }

    @Test
    void copyOfMissingAttribute_isError() {
      // 1.7 [API; ALT test_update_expression_set_copy]: SET c = z with z missing.
      assertError(MISSING_ATTRIBUTE, update().set("c", path("z")), item("a", "hello"));
      assertError(MISSING_ATTRIBUTE, update().set("c", path("z")), Map.of());
      assertError(MISSING_ATTRIBUTE, update().set("z", path("z")), item("a", "hello"));
    }

    @Test
    void copy_readsTheOldItem() {
      // 1.7 Evaluation: SET x = :v, y = x fails when x did not exist; REMOVE a SET b = a copies.
      assertError(
          MISSING_ATTRIBUTE, update().set("x", n(4)).set("y", path("x")), item("a", "hello"));
      assertThat(apply(update().remove("a").set("b", path("a")), item("a", "hello")))
          .containsExactly("b", s("hello"));
      assertThat(apply(update().set("z", path("a.c.x")), item("a", map("c", map("x", 7)))))
          .containsEntry("z", n(7));
    }

    @Test
    void swap_readsBothOldValues() {
      assertThat(apply(update().set("a", path("b")).set("b", path("a")), item("a", 1, "b", 2)))
          .containsExactly("a", n(2), "b", n(1));
    }
  }

  /** Developer Guide Expressions.UpdateExpressions SET: +, -, if_not_exists, list_append. */
  @Nested
  class SetFunctions {
    @Test
    void plusAndMinus_readItemNumbers() {
      Map<String, AttributeValue> item = item("a", 1, "n", 2);
      assertThat(apply(update().set("a", new UpdateValue.Plus(path("a"), lit(1))), item))
          .containsEntry("a", n(2));
      // [ALT test_update_expression_set_nested_copy]: SET nn = :seven - n
      assertThat(apply(update().set("nn", new UpdateValue.Minus(lit(7), path("n"))), item))
          .containsEntry("nn", n(5));
    }

    @Test
    void arithmetic_isExactTo38Digits() {
      // 1.1: exact 38-digit decimal, never rounded.
      AttributeValue big = AttributeValue.n("12345678901234567890123456789012345678");
      Map<String, AttributeValue> item = item("a", big);
      assertThat(apply(update().set("a", new UpdateValue.Minus(path("a"), lit(8))), item))
          .containsEntry("a", AttributeValue.n("12345678901234567890123456789012345670"));
      assertThat(
              apply(
                  update()
                      .set(
                          "f",
                          new UpdateValue.Plus(
                              lit(AttributeValue.n("0.1")), lit(AttributeValue.n("0.2")))),
                  item))
          .containsEntry("f", AttributeValue.n("0.3"));
    }

    @Test
    void resultNeedingMoreThan38Digits_isOverflowError() {
      // 1.1 [ALT test_number.py]: 1e50 + 1 is reported with the overflow message.
      Updates update =
          update().set("a", new UpdateValue.Plus(lit(AttributeValue.n("1E50")), lit(1)));
      assertError(
          "Number overflow. Attempting to store a number with magnitude larger than supported"
              + " range",
          update,
          Map.of());
    }

    @Test
    void arithmeticOnItemAttributeOfOtherType_isIncorrectDataType() {
      // 1.7 SET: an item attribute of the wrong type.
      Map<String, AttributeValue> item = item("s", "x", "l", list());
      assertError(
          INCORRECT_DATA_TYPE, update().set("a", new UpdateValue.Plus(path("s"), lit(1))), item);
      assertError(
          INCORRECT_DATA_TYPE, update().set("a", new UpdateValue.Minus(lit(1), path("l"))), item);
    }

    @Test
    void ifNotExists_usesTheAttributeElseTheFallback() {
      Map<String, AttributeValue> item = item("a", 1);
      assertThat(apply(update().set("x", new UpdateValue.IfNotExists(path("a"), lit(9))), item))
          .containsEntry("x", n(1));
      assertThat(apply(update().set("x", new UpdateValue.IfNotExists(path("b"), lit(9))), item))
          .containsEntry("x", n(9));
    }

    @Test
    void ifNotExistsPlusValue_countsUp() {
      // 1.7: if_not_exists(b, :x) + :y is allowed.
      Updates counter =
          update()
              .set(
                  "c",
                  new UpdateValue.Plus(new UpdateValue.IfNotExists(path("c"), lit(0)), lit(1)));
      Map<String, AttributeValue> once = apply(counter, Map.of());
      assertThat(once).containsExactly("c", n(1));
      assertThat(apply(counter, once)).containsExactly("c", n(2));
    }

    @Test
    void listAppend_joinsInOrder() {
      // [ALT test_update_expression_set_nested_copy]: list_append(:val1, nnn) = [1,3,2,4].
      Map<String, AttributeValue> item = item("nnn", list(2, 4));
      assertThat(
              apply(
                  update().set("x", new UpdateValue.ListAppend(lit(list(1, 3)), path("nnn"))),
                  item))
          .containsEntry("x", list(1, 3, 2, 4));
    }

    @Test
    void listAppend_withIfNotExists_startsAnAbsentList() {
      // 1.7: list_append(if_not_exists(a, :e), :v) is allowed.
      Updates append =
          update()
              .set(
                  "a",
                  new UpdateValue.ListAppend(
                      new UpdateValue.IfNotExists(path("a"), lit(list())), lit(list("x"))));
      assertThat(apply(append, Map.of())).containsExactly("a", list("x"));
      assertThat(apply(append, item("a", list("w")))).containsExactly("a", list("w", "x"));
    }

    @Test
    void listAppend_onItemAttributeOfOtherType_isIncorrectDataType() {
      assertError(
          INCORRECT_DATA_TYPE,
          update().set("x", new UpdateValue.ListAppend(path("s"), lit(list(1)))),
          item("s", AttributeValue.ss("a")));
      assertError(
          MISSING_ATTRIBUTE,
          update().set("x", new UpdateValue.ListAppend(path("missing"), lit(list(1)))),
          item("s", "a"));
    }

    @Test
    void missingSourceInOneAction_isReportedBeforeInvalidPathInAnEarlierOne() {
      // Values are resolved before paths are written: for SET l[1] = :v, a = b on an item with
      // neither l nor b, dynalite (which follows DynamoDB's order) names the missing attribute.
      assertError(
          MISSING_ATTRIBUTE, update().set("l[1]", n(7)).set("a", path("b")), item("p", "k"));
    }

    @Test
    void unboundPlaceholder_isIllegalStateNamingIt() {
      UpdateExpression update = update().set("a", new Placeholder(":v")).build();
      IllegalStateException error =
          assertThrows(IllegalStateException.class, () -> UpdateEvaluator.apply(update, Map.of()));
      assertThat(error).hasMessageThat().contains(":v");
    }
  }

  /** Developer Guide Expressions.UpdateExpressions REMOVE [ALT test_update_expression.py]. */
  @Nested
  class Remove {
    @Test
    void topLevelAttribute_isRemoved() {
      assertThat(apply(update().remove("a"), item("p", "k", "a", "x", "b", "y")))
          .containsExactly("p", s("k"), "b", s("y"));
    }

    @Test
    void missingTargets_doNothing() {
      // 1.7 [ALT test_nested_attribute_remove_missing_leaf]
      Map<String, AttributeValue> item = item("a", map("x", 3), "b", list("hi"));
      assertThat(apply(update().remove("a.y"), item)).isEqualTo(item);
      assertThat(apply(update().remove("b[7]"), item)).isEqualTo(item);
      assertThat(apply(update().remove("c"), item)).isEqualTo(item);
    }

    @Test
    void listElements_shiftDown() {
      assertThat(apply(update().remove("a[0]", "a[2]"), item("a", list(1, 2, 3, 4))))
          .containsExactly("a", list(2, 4));
    }

    @Test
    void indexesReferToOriginalPositions_withSetOnSameList() {
      // 1.7 Evaluation [ALT test_update_expression_nested_remove_list_item_original_number].
      Map<String, AttributeValue> item = item("a", list(2, 3, 4, 5, 6, 7));
      assertThat(apply(update().remove("a[1]").set("a[3]", n(17)), item))
          .containsExactly("a", list(2, 4, 17, 6, 7));
    }

    @Test
    void removalsReplacementsAndAppends_onOneList() {
      Map<String, AttributeValue> item = item("a", list(0, 1, 2, 3));
      Updates update =
          update().set("a[9]", s("end")).set("a[2]", s("two")).remove("a[0]", "a[3]", "a[5]");
      assertThat(apply(update, item)).containsExactly("a", list(1, "two", "end"));
    }

    @Test
    void nestedRemovals() {
      // [ALT test_update_expression_nested_remove]
      Map<String, AttributeValue> item =
          item("a", map("b", 3, "c", list("hi", map("x", map("y", list(3, 5, 7)), "q", 2))));
      assertThat(apply(update().remove("a.c[1].x.y[1]", "a.c[1].q"), item))
          .containsExactly("a", map("b", 3, "c", list("hi", map("x", map("y", list(3, 7))))));
    }

    @Test
    void lastMember_leavesEmptyMapOrList() {
      // 1.7 [ALT test_update_expression_nested_remove_singleton_map/_list]
      assertThat(apply(update().remove("a.b"), item("a", map("b", 1)))).containsExactly("a", map());
      assertThat(apply(update().remove("a[0]"), item("a", list(1)))).containsExactly("a", list());
    }

    @Test
    void throughMissingOrWrongShape_onExistingItem_isInvalidPath() {
      // 1.7 [ALT test_nested_attribute_update_bad_path_dot/_array]
      Map<String, AttributeValue> item = item("a", "hello", "b", list("hi"));
      assertError(INVALID_PATH, update().remove("a.c"), item);
      assertError(INVALID_PATH, update().remove("b.c"), item);
      assertError(INVALID_PATH, update().remove("c.c"), item);
      assertError(INVALID_PATH, update().remove("a[0]"), item);
      assertError(INVALID_PATH, update().remove("c[0]"), item);
    }

    @Test
    void anyPath_onAbsentItem_isIgnored() {
      // 1.7 [ALT test_nested_attribute_remove_from_missing_item]: silently ignored.
      assertThat(apply(update().remove("x.y", "z"), Map.of())).isEmpty();
      assertThat(apply(update().remove("x[0]"), Map.of())).isEmpty();
    }
  }

  /**
   * Developer Guide Expressions.UpdateExpressions ADD [API; G:Expressions.UpdateExpressions; ALT].
   */
  @Nested
  class Add {
    @Test
    void number_isAdded_missingStartsAtZero() {
      // [ALT test_update_expression_add_numbers/_new]
      assertThat(apply(update().add("a", n(4)), item("a", 3))).containsExactly("a", n(7));
      assertThat(apply(update().add("b", n(7)), item("a", "hello")))
          .containsExactly("a", s("hello"), "b", n(7));
      assertThat(apply(update().add("b", n(8)), Map.of())).containsExactly("b", n(8));
      assertThat(apply(update().add("a", AttributeValue.n("-3.5")), item("a", 3)))
          .containsExactly("a", AttributeValue.n("-0.5"));
    }

    @Test
    void set_isJoined_missingIsCreated() {
      // [ALT test_update_expression_add_sets/_new]
      Map<String, AttributeValue> item = item("a", AttributeValue.ss("beaver", "lynx", "coati"));
      assertThat(apply(update().add("a", AttributeValue.ss("coati", "beaver", "badger")), item))
          .containsExactly("a", AttributeValue.ss("beaver", "badger", "lynx", "coati"));
      assertThat(apply(update().add("b", AttributeValue.ss("dog")), Map.of()))
          .containsExactly("b", AttributeValue.ss("dog"));
      assertThat(
              apply(
                  update().add("n", AttributeValue.ns("1.0", "3")),
                  item("n", AttributeValue.ns("1", "2"))))
          .containsExactly("n", AttributeValue.ns("1", "2", "3"));
    }

    @Test
    void nestedPath_isAddedTo() {
      // 1.7 [ALT test_update_condition_eq_nested_set]: ADD a.d[2] :s works on nested paths.
      Map<String, AttributeValue> item =
          item("a", map("d", list(1, 2, AttributeValue.ss("x")), "n", 1));
      assertThat(apply(update().add("a.d[2]", AttributeValue.ss("y")).add("a.n", n(1)), item))
          .containsExactly("a", map("d", list(1, 2, AttributeValue.ss("x", "y")), "n", 2));
      assertError(INVALID_PATH, update().add("z.n", n(1)), item);
    }

    @Test
    void listIndexPastEnd_appendsLikeSet() {
      assertThat(apply(update().add("l[4]", n(3)), item("l", list(1))))
          .containsExactly("l", list(1, 3));
    }

    @Test
    void toAttributeOfAnotherType_isIncorrectDataType() {
      // 1.7 [PROBE both; ALT test_update_expression_add_numbers/_lists]
      assertError(INCORRECT_DATA_TYPE, update().add("b", n(1)), item("b", "hi"));
      assertError(
          INCORRECT_DATA_TYPE,
          update().add("b", AttributeValue.ss("x")),
          item("b", AttributeValue.ns("1")));
      assertError(
          INCORRECT_DATA_TYPE, update().add("b", AttributeValue.ns("3")), item("b", list(1, 2)));
      assertError(INCORRECT_DATA_TYPE, update().add("b", n(1)), item("b", AttributeValue.ns("1")));
    }

    @Test
    void valueNotNumberOrSet_isRefused_asStaticChecksWouldHave() {
      // 1.7 ADD: DynamoDB rejects such a constant before reading; StaticChecks.update reports it.
      UpdateExpression update = update().add("a", s("hello")).build();
      assertThrows(IllegalArgumentException.class, () -> UpdateEvaluator.apply(update, Map.of()));
    }
  }

  /**
   * Developer Guide Expressions.UpdateExpressions DELETE [ALT test_update_expression_delete_sets].
   */
  @Nested
  class Delete {
    private final Map<String, AttributeValue> item =
        item("a", AttributeValue.ss("dog", "cat", "mouse"), "b", "hi");

    @Test
    void removesMembers_ignoringAbsentOnes() {
      assertThat(apply(update().delete("a", AttributeValue.ss("cat", "mouse", "pig")), item))
          .containsExactly("a", AttributeValue.ss("dog"), "b", s("hi"));
      assertThat(apply(update().delete("a", AttributeValue.ss("pig")), item)).isEqualTo(item);
    }

    @Test
    void numberSetMembers_matchByValue() {
      assertThat(
              apply(
                  update().delete("n", AttributeValue.ns("2.0")),
                  item("n", AttributeValue.ns("1", "2"))))
          .containsExactly("n", AttributeValue.ns("1"));
    }

    @Test
    void removingEveryMember_deletesTheAttribute() {
      assertThat(apply(update().delete("a", AttributeValue.ss("dog", "cat", "mouse")), item))
          .containsExactly("b", s("hi"));
    }

    @Test
    void missingAttributeOrItem_isNoOp() {
      assertThat(apply(update().delete("z", AttributeValue.ss("dog")), item)).isEqualTo(item);
      assertThat(apply(update().delete("z", AttributeValue.ss("dog")), Map.of())).isEmpty();
    }

    @Test
    void nestedPathWithoutItsParent_isInvalid_onAnExistingItem() {
      // 1.7: like SET and ADD, a nested DELETE target needs its parent map or list.
      assertError(INVALID_PATH, update().delete("zz.x", AttributeValue.ss("dog")), item);
      assertError(INVALID_PATH, update().delete("a.x", AttributeValue.ss("dog")), item);
    }

    @Test
    void typeMismatch_isIncorrectDataType() {
      assertError(INCORRECT_DATA_TYPE, update().delete("a", AttributeValue.ns("1")), item);
      assertError(INCORRECT_DATA_TYPE, update().delete("b", AttributeValue.ss("hi")), item);
    }

    @Test
    void valueNotASet_isRefused_asStaticChecksWouldHave() {
      UpdateExpression update = update().delete("b", s("hi")).build();
      assertThrows(IllegalArgumentException.class, () -> UpdateEvaluator.apply(update, item));
    }
  }

  /**
   * Developer Guide Expressions.UpdateExpressions Structural errors: StaticChecks.update reports
   * clashing paths with DynamoDB's messages; a tree that skipped it is refused rather than applied
   * half-way.
   */
  @Nested
  class PathClashes {
    private final Map<String, AttributeValue> item = item("a", map("b", list(1, 2)));

    private void assertRefused(Updates update) {
      UpdateExpression built = update.build();
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> UpdateEvaluator.apply(built, item));
      assertThat(error).hasMessageThat().contains("StaticChecks");
    }

    @Test
    void samePathTwice_isRefused() {
      assertRefused(update().set("a", n(1)).remove("a"));
    }

    @Test
    void ancestorAndDescendant_areRefused() {
      assertRefused(update().set("a", n(1)).set("a.b", n(2)));
      assertRefused(update().set("a.b[1]", n(1)).remove("a.b"));
    }

    @Test
    void keyAndIndexUnderOneParent_areRefused() {
      assertRefused(update().set("a.b", n(1)).set("a[1]", n(2)));
    }
  }

  /**
   * Developer Guide HowItWorks.NamingRulesDataTypes Nesting: up to 32 levels
   * [G:ServiceQuotas#limits-attributes-nested-depth].
   */
  @Nested
  class NestingLimit {
    /** A value whose deepest member sits {@code levels} below it. */
    private AttributeValue nested(int levels) {
      AttributeValue value = s("leaf");
      for (int i = 0; i < levels; i++) {
        value = i % 2 == 0 ? list(value) : map("k", value);
      }
      return value;
    }

    @Test
    void thirtyTwoLevels_areAllowed() {
      // "a" is level 1; 31 more levels put the leaf at level 32.
      assertThat(apply(update().set("a", nested(31)), Map.of())).containsKey("a");
      assertThat(apply(update().set("a.b.c", nested(29)), item("a", map("b", map()))))
          .containsKey("a");
    }

    @Test
    void thirtyThreeLevels_areRejected() {
      assertError(
          "Nesting Levels have exceeded supported limits.",
          update().set("a", nested(32)),
          Map.of());
      assertError(
          "Nesting Levels have exceeded supported limits.",
          update().set("a.b.c", nested(30)),
          item("a", map("b", map())));
      Updates append =
          update().set("a", new UpdateValue.ListAppend(path("a"), lit(list(nested(31)))));
      assertError("Nesting Levels have exceeded supported limits.", append, item("a", list()));
    }
  }

  /** The evaluator's contract with the engine: old items stay intact, untouched values shared. */
  @Nested
  class Sharing {
    @Test
    void oldItem_isNotChanged() {
      Map<String, AttributeValue> old =
          item("a", map("b", list(1, 2), "c", 3), "d", AttributeValue.ss("x"), "e", 1);
      Map<String, AttributeValue> copy = new LinkedHashMap<>(old);
      apply(
          update().set("a.b[0]", n(9)).remove("a.c").add("d", AttributeValue.ss("y")).remove("e"),
          old);
      assertThat(old).isEqualTo(copy);
    }

    @Test
    void untouchedValues_areSharedNotCopied() {
      AttributeValue big = map("huge", list(1, 2, 3));
      AttributeValue sibling = list(4, 5);
      Map<String, AttributeValue> old = item("big", big, "a", map("b", 1, "s", sibling));
      Map<String, AttributeValue> updated = apply(update().set("a.b", n(2)), old);
      assertThat(updated.get("big")).isSameInstanceAs(big);
      assertThat(((AttributeValue.M) updated.get("a")).values().get("s")).isSameInstanceAs(sibling);
    }

    @Test
    void newItem_isUnmodifiable() {
      Map<String, AttributeValue> updated = apply(update().set("a", n(1)), Map.of());
      assertThrows(UnsupportedOperationException.class, () -> updated.put("b", n(2)));
    }

    @Test
    void keyOfAbsentItem_isReadableWhenPassedWithItemExistsFalse() {
      // [ALT test_update_expression_set_key]: SET n = p reads the key.
      Map<String, AttributeValue> key = item("p", "k1");
      UpdateResult result = UpdateEvaluator.apply(update().set("n", path("p")).build(), key, false);
      assertThat(result.newItem()).containsExactly("p", s("k1"), "n", s("k1"));
      assertThat(result.updatedOld()).isEmpty();
      // REMOVE on an absent item is ignored even when the key is passed in.
      UpdateResult removeOnly = UpdateEvaluator.apply(update().remove("x.y").build(), key, false);
      assertThat(removeOnly.newItem()).isEqualTo(key);
    }
  }

  @Test
  void allClauses_together() {
    Map<String, AttributeValue> item =
        item("a", 1, "l", list("x", "y"), "s", AttributeValue.ss("p", "q"), "gone", "bye");
    UpdateExpression update =
        update()
            .set("a", new UpdateValue.Plus(path("a"), lit(1)))
            .set("l[5]", s("z"))
            .remove("gone")
            .add("c", n(10))
            .delete("s", AttributeValue.ss("q"))
            .build();
    assertThat(UpdateEvaluator.apply(update, item).newItem())
        .containsExactly(
            "a", n(2), "l", list("x", "y", "z"), "s", AttributeValue.ss("p"), "c", n(10));
  }

  @Test
  void pathOfMaximumDepth_canBeSet() {
    Path deep = Path.of("a");
    AttributeValue value = s("leaf");
    for (int i = 1; i < Path.MAX_DEPTH; i++) {
      deep = deep.attribute("k");
    }
    Map<String, AttributeValue> item = Map.of();
    for (int i = Path.MAX_DEPTH - 1; i >= 1; i--) {
      item = Map.of(i == 1 ? "a" : "k", AttributeValue.m(item));
    }
    UpdateExpression update =
        new UpdateExpression(
            java.util.List.of(new UpdateExpression.SetAction(deep, lit(value))),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of());
    assertThat(PathReader.read(deep, UpdateEvaluator.apply(update, item).newItem()))
        .hasValue(value);
  }
}
