package io.keyspan.expression.parser;

import io.keyspan.expression.ExpressionKind;
import io.keyspan.expression.Path;
import io.keyspan.value.AttributeValue;
import java.util.Collection;

/**
 * The one catalog of DynamoDB's expression messages. Details are the text after the "Invalid
 * &lt;Kind&gt;: " prefix, which {@link #prefixed} adds; the request-level messages (placeholder
 * maps, key-condition structure) carry no prefix. Sources: Developer Guide Expressions.* pages.
 */
final class Messages {
  private Messages() {}

  static String prefixed(ExpressionKind kind, String detail) {
    return "Invalid " + kind.parameterName() + ": " + detail;
  }

  // ---------------------------------------------------------- whole expression

  static String emptyExpression() {
    return "The expression can not be empty;";
  }

  /**
   * Unverified wording beyond its first sentence (Developer Guide
   * Expressions.ExpressionAttributeNames names only the 4 KB limit).
   */
  static String expressionTooLarge(int bytes) {
    return "Expression size has exceeded the maximum allowed size; expression size: " + bytes;
  }

  /**
   * Keyspan's own message, not DynamoDB's: parentheses and NOT nested beyond a limit that no real
   * expression reaches, refused so that hostile input cannot exhaust the stack.
   */
  static String nestingTooDeep(String token, int limit) {
    return "The expression nests parentheses and NOT more than "
        + limit
        + " levels deep; token: \""
        + token
        + "\"";
  }

  // ------------------------------------------------------------ names, values

  static String reservedWord(String word) {
    return "Attribute name is a reserved keyword; reserved keyword: " + word;
  }

  static String undefinedName(String reference) {
    return "An expression attribute name used in the document path is not defined; "
        + "attribute name: "
        + reference;
  }

  static String undefinedValue(String reference) {
    return "An expression attribute value used in expression is not defined; attribute value: "
        + reference;
  }

  static String unusedNames(Collection<String> keys) {
    return "Value provided in ExpressionAttributeNames unused in expressions: keys: {"
        + String.join(", ", keys)
        + "}";
  }

  static String unusedValues(Collection<String> keys) {
    return "Value provided in ExpressionAttributeValues unused in expressions: keys: {"
        + String.join(", ", keys)
        + "}";
  }

  /** {@code map} is "ExpressionAttributeNames" or "ExpressionAttributeValues". */
  static String invalidKey(String map, String key) {
    return map + " contains invalid key: Syntax error; key: \"" + key + "\"";
  }

  /**
   * Unverified wording: Developer Guide Expressions.ExpressionAttributeNames documents the 255-byte
   * limit but not its message.
   */
  static String keyTooLong(String map, String key) {
    return map
        + " contains invalid key: The expression attribute placeholder exceeds the "
        + "maximum length of 255 bytes; key: \""
        + key
        + "\"";
  }

  // ----------------------------------------------------------------- functions

  static String unknownFunction(String name) {
    return "Invalid function name; function: " + name;
  }

  static String misusedFunction(String name) {
    return "The function is not allowed to be used this way in an expression; function: " + name;
  }

  static String operandCount(String function, int count) {
    return "Incorrect number of operands for operator or function; operator or function: "
        + function
        + ", number of operands: "
        + count;
  }

  static String documentPathRequired(String function) {
    return "Operator or function requires a document path; operator or function: " + function;
  }

  /** Operand types in condition and SET messages use the short names: S, N, L, BOOL. */
  static String operandType(String function, String type) {
    return "Incorrect operand type for operator or function; operator or function: "
        + function
        + ", operand type: "
        + type;
  }

  /** ADD and DELETE name types the long way: STRING, NUMBER, LIST, BOOLEAN. */
  static String actionOperandType(String action, AttributeValue.Type type) {
    return "Incorrect operand type for operator or function; operator: "
        + action
        + ", operand type: "
        + type.longName();
  }

  /** dynalite's text for an attribute_type whose type operand is not a value. */
  static String attributeTypeOperandNotValue() {
    return operandType("attribute_type", "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}");
  }

  static String unknownAttributeType(String type) {
    return "Invalid attribute type name found; type: "
        + type
        + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}";
  }

  static String distinctOperands(String operator, Path first) {
    return "The first operand must be distinct from the remaining operands for this operator or "
        + "function; operator: "
        + operator
        + ", first operand: "
        + first.toMessageForm();
  }

  static String betweenTypes(AttributeValue lower, AttributeValue upper) {
    return "The BETWEEN operator requires same data type for lower and upper bounds; "
        + bounds(lower, upper);
  }

  static String betweenOrder(AttributeValue lower, AttributeValue upper) {
    return "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
        + bounds(lower, upper);
  }

  private static String bounds(AttributeValue lower, AttributeValue upper) {
    return "lower bound operand: AttributeValue: "
        + lower
        + ", upper bound operand: "
        + "AttributeValue: "
        + upper;
  }

  static String tooManyInOperands(int count) {
    return "The IN operator is provided with too many operands; number of operands: " + count;
  }

  // --------------------------------------------------------------------- paths

  static String nestingLevels(int depth) {
    return "The document path has too many nesting levels; nesting levels: " + depth;
  }

  static String pathsOverlap(Path one, Path two) {
    return "Two document paths overlap with each other; must remove or rewrite one of these "
        + "paths; path one: "
        + one.toMessageForm()
        + ", path two: "
        + two.toMessageForm();
  }

  static String pathsConflict(Path one, Path two) {
    return "Two document paths conflict with each other; must remove or rewrite one of these "
        + "paths; path one: "
        + one.toMessageForm()
        + ", path two: "
        + two.toMessageForm();
  }

  // ------------------------------------------------------------------- updates

  static String repeatedClause(String clause) {
    return "The \"" + clause + "\" section can only be used once in an update expression;";
  }

  /**
   * Keyspan's own message, for trees built in code: DynamoDB's grammar has no way to write {@code
   * +} or {@code -} below the top of a SET value (its text would be a syntax error).
   */
  static String nestedArithmetic(String operator) {
    return "The operator is only allowed at the top of a SET value; operator: " + operator;
  }

  /**
   * Unverified wording: Developer Guide Expressions.ExpressionAttributeNames documents the limit of
   * 300 but not its message.
   */
  static String tooManyOperators(int count) {
    return "The expression has too many operators or functions; maximum: 300, count: " + count;
  }

  // ------------------------------------------------- key conditions (no prefix)

  static String keyConditionOperator(String operator) {
    return "Invalid operator used in KeyConditionExpression: " + operator;
  }

  static String keyConditionNestedOperation() {
    return "KeyConditionExpressions cannot contain nested operations";
  }

  static String keyConditionKeyFirst(String operator) {
    return "Invalid condition in KeyConditionExpression: "
        + operator
        + " operator must have the key attribute as its first operand";
  }

  static String keyConditionMultipleNames() {
    return "Invalid condition in KeyConditionExpression: Multiple attribute names used in one "
        + "condition";
  }

  static String keyConditionNestedAttribute() {
    return "KeyConditionExpressions cannot have conditions on nested attributes";
  }

  static String keyConditionNoKey() {
    return "Invalid condition in KeyConditionExpression: No key attribute specified";
  }

  /**
   * DynamoDB's current text carries the parameter prefix; its first releases sent the sentence
   * alone (the wording some emulators still reproduce).
   */
  static String keyConditionOnePerKey() {
    return "Invalid KeyConditionExpression: "
        + "KeyConditionExpressions must only contain one condition per key";
  }

  /**
   * Too many terms for any key. DynamoDB's text from before multi-attribute keys; what it says now
   * past eight terms is not published, so this is a guess. Engines check two-attribute keys against
   * the same text.
   */
  static String keyConditionCount() {
    return "Conditions can be of length 1 or 2 only";
  }
}
