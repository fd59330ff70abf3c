package io.keyspan.processor.base;

import java.util.Locale;

/**
 * Every error the processor reports: the rule broken and the fix, in one place. A constant's name
 * is its stable id: entries are added, never renamed or reused, and each holds its whole sentence
 * (arguments are names, types and values, never free-text reasons). Tests assert against this
 * catalog rather than copied strings.
 */
public enum Message {
  NOT_A_CLASS(
      "%s is annotated with @%s, but only records and concrete classes can be mapped: Keyspan instantiates them."),
  NO_PARTITION_KEY(
      "%s has no partition key: a table needs exactly one. Annotate the property that identifies an item with @PartitionKey."),
  TWO_PARTITION_KEYS(
      "%s is a second partition key (the first is %s): a table has exactly one partition key. Keep one @PartitionKey; make the other part of the key the @SortKey."),
  TWO_SORT_KEYS(
      "%s is a second sort key (the first is %s): a table has at most one sort key. Keep one @SortKey; combine the parts into one attribute if you need more."),
  KEY_TYPE(
      "The key attribute %s has the type %s: keys of tables and indexes must be stored as a string (S), number (N) or binary (B). Use a String, a number, byte[], ByteBuffer, an enum, a UUID, a time type, or a @Convert converter whose toAttributeValue is declared to return AttributeValue.S, N or B."),
  KEY_OPTIONAL(
      "The key attribute %s is an Optional: declare it as %s. A table's key is in every item; an index key may be null, and items without it are left out of the index."),
  UNSUPPORTED_TYPE(
      "The property %s of %s has the type %s, which Keyspan cannot store. Supported types: %s. For any other type, declare a converter with @Convert."),
  NOT_A_DOCUMENT(
      "The property %s of %s has the type %s, which Keyspan cannot store: %s is not a @Document. Annotate %s with @Document to store it as a map, or declare a converter with @Convert."),
  LEGACY_DATE_TYPE(
      "The property %s of %s has the type %s, which Keyspan does not store: %s is a legacy date type. Use %s instead (%s converts one), or declare a converter with @Convert."),
  DUPLICATE_ATTRIBUTE(
      "The attribute name \"%s\" of %s is also used by %s: attribute names of an item are unique. Rename one with @Attribute(\"...\")."),
  EMPTY_ATTRIBUTE_NAME(
      "The property %s has an empty attribute name: DynamoDB attribute names are 1 byte to 64 KB. Name it in @Attribute(\"...\")."),
  DUPLICATE_CONSTANT(
      "The property %s becomes the constant %s, like the property %s: generated constant names must differ. Rename one of the properties."),
  NO_CONSTRUCTOR(
      "%s has no usable constructor: Keyspan creates items without reflection, so it needs a public no-argument constructor with setters for every attribute (%s), or a constructor whose parameters are exactly the attributes (%s)."),
  CREATOR_MISMATCH(
      "The @Creator constructor of %s does not match its properties: Keyspan passes every attribute to it, so its parameters must be exactly the properties, by name (%s)."),
  NO_ACCESSOR(
      "The property %s of %s cannot be read: Keyspan reads items without reflection, so it needs an accessible getter (%s()) or a non-private field."),
  TWO_VERSIONS(
      "%s is a second @Version attribute (the first is %s): an item has one optimistic-locking version."),
  VERSION_TYPE(
      "The version attribute %s has the type %s: an optimistic-locking version is an integral number (int, long, Integer, Long, short, BigInteger)."),
  COUNTER_TYPE(
      "The atomic counter %s has the type %s: a counter is an integral number (int, long, Integer, Long, short, BigInteger)."),
  TIMESTAMP_TYPE(
      "The timestamp %s has the type %s: use Instant, OffsetDateTime, ZonedDateTime, LocalDateTime, LocalDate, or long for epoch milliseconds."),
  TWO_TIMESTAMPS(
      "%s is a second @%s attribute (the first is %s): an item has one of each timestamp."),
  TTL_TYPE(
      "The time-to-live attribute %s has the type %s: DynamoDB reads expiry as a number of epoch seconds, so use long, Long or Instant."),
  TWO_TTLS(
      "%s is a second @TimeToLive attribute (the first is %s): a table has one time-to-live attribute."),
  MAINTAINED_KEY(
      "The key attribute %s cannot also be @%s: Keyspan changes that attribute on writes, and a key never changes."),
  INVALID_TABLE_NAME(
      "The table name \"%s\" is invalid: table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'."),
  INVALID_INDEX_NAME(
      "The index name \"%s\" is invalid: index names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'."),
  INDEX_TWO_PARTITION_KEYS(
      "%s is a second partition key of the index %s (the first is %s): an index has one partition key. To make a global index's partition key of several attributes, give each its position: @IndexPartitionKey(value = ..., order = 1, 2, ...)."),
  INDEX_TWO_SORT_KEYS(
      "%s is a second sort key of the index %s (the first is %s): an index has at most one sort key. To make a global index's sort key of several attributes, give each its position: @IndexSortKey(value = ..., order = 1, 2, ...)."),
  INDEX_CONFIGURED_TWICE(
      "The index %s is declared inconsistently (@Index, @Index): configure each index once."),
  INDEX_GLOBAL_AND_LOCAL(
      "The index %s is declared inconsistently (@%s, @%s on %s): an index is either global or local."),
  INDEX_SORT_KEY_WITHOUT_PARTITION_KEY(
      "The index %s is declared inconsistently (@IndexSortKey, no @IndexPartitionKey): a global index needs a partition key; add @IndexPartitionKey(\"%s\")."),
  INDEX_CAPACITY_ON_DEMAND(
      "The index %s is declared inconsistently (@Index, its keys): an on-demand table has no index capacity."),
  LOCAL_INDEX_CAPACITY(
      "The index %s is declared inconsistently (@Index, its keys): a local index shares the table's capacity."),
  INCLUDE_WITHOUT_INCLUDE_PROJECTION(
      "The index %s is declared inconsistently (@Index(include), @Index(projection = %s)): only an INCLUDE projection lists attributes."),
  INDEX_WITHOUT_KEYS(
      "The index %s is declared inconsistently (@Index, no key annotation): no property declares this index; add @IndexPartitionKey or @LocalIndexSortKey with its name."),
  LOCAL_INDEX_WITHOUT_TABLE_SORT_KEY(
      "The index %s has only a sort key, so it is a local secondary index on the table's partition key, but %s has no sort key: DynamoDB allows local indexes only on tables with a sort key. Add @SortKey, or give the index its own @IndexPartitionKey."),
  BILLING_CONFLICT(
      "%s is on demand (PAY_PER_REQUEST) but declares provisioned capacity: remove the capacity, or use PROVISIONED billing."),
  BAD_CAPACITY("The capacity of %s must be at least 1 read and 1 write unit, not %d and %d."),
  CONVERTER_CONSTRUCTOR(
      "The converter %s has no public no-argument constructor: Keyspan creates converters with `new %s()`, without reflection."),
  CONVERTER_TYPE(
      "The converter %s converts %s, but the property %s has the type %s: use a converter for %s."),
  CONVERTER_NOT_FOUND(
      "The converter named in @Convert on the property %s does not exist, even after every annotation processor of the build ran: check the class name and its import, or the processor that should generate it."),
  NOT_A_CONVERTER(
      "%s does not implement io.keyspan.schema.AttributeConverter, so it cannot convert the property %s."),
  ENCODING_CONFLICT(
      "@StoredAs on %s chooses both %s and %s, two forms of %s: a value has one stored form. Keep one of them."),
  ENCODING_TYPE(
      "@StoredAs(%s) chooses a form of %s, but the property %s has the type %s, which holds none. Remove it here, or put it on the property it is meant for."),
  ENCODING_WITH_CONVERTER(
      "The property %s has both @Convert and @StoredAs: its converter alone decides how it is stored. Remove @StoredAs, or let the converter write the form you need."),
  ENCODING_TTL(
      "The time-to-live attribute %s cannot be @StoredAs(%s): DynamoDB reads expiry only from a number of epoch seconds, which is how Keyspan stores it."),

  // Declared repositories (@Repository interfaces and their methods)
  NOT_AN_INTERFACE(
      "@Repository is on %s, which is not an interface: Keyspan implements declared repositories. Make it an interface."),
  NOT_A_TABLE(
      "@Repository(%s.class) names a type without @Table: a declared repository reads and writes one table. Name a @Table type."),
  TABLE_NOT_FOUND(
      "The table class named in @Repository on %s does not exist, even after every annotation processor of the build ran: check the class name and its import, or the processor that should generate it."),
  ENTITY_HAS_ERRORS(
      "%s has errors (reported on it), so the repository %s cannot be checked against its table: fix those first."),
  NO_OPERATION(
      "%s is neither annotated (@Query, @Scan, @Update, @Delete, @Put) nor a derived name (findBy…, countBy…, existsBy…, deleteBy…): Keyspan cannot tell what it does. Annotate it, or name it after its criteria like findByUserId."),
  TWO_OPERATIONS("%s carries both @%s and @%s: a method runs one DynamoDB operation. Keep one."),
  GENERIC_METHOD(
      "%s has type parameters: a repository method returns items of its table. Remove <%s>."),
  SYNTAX("%s. The %s of %s is not valid DynamoDB expression text: fix it as the message says."),
  UNKNOWN_ATTRIBUTE("%s names the attribute %s, which %s does not have%s Attributes: %s."),
  UNKNOWN_INDEX("The index \"%s\" does not exist on the table %s%s Indexes: %s."),
  UNKNOWN_PROPERTY("%s names the property %s, which %s does not have%s Properties: %s."),
  UNBOUND_PLACEHOLDER(
      "%s has no parameter named %s for the placeholder %s%s: every :placeholder binds to the parameter of the same name."),
  UNUSED_PARAMETER(
      "The parameter %s is not used: every parameter binds to a :%s placeholder (or is annotated @Limit, @PageSize or @Cursor). Use :%s in an expression, or remove the parameter."),
  PARAMETER_TYPE(
      "The parameter %s has the type %s, but it is compared with the attribute %s, stored from %s: declare it as %s."),
  COLLECTION_PARAMETER(
      "The parameter %s is a collection (%s), but %s is not a set or list of it: DynamoDB compares one value with one value; IN takes one :placeholder per candidate."),
  VALUE_TYPE(
      "The parameter %s has the type %s, which has no stored form here: use String, a number type or boolean."),
  PAGING_PARAMETER("The @%s parameter %s must be %s."),
  CURSOR_NEEDS_PAGE(
      "The @Cursor parameter %s resumes a page, but %s does not return Page<…>: return Page<%s> to read page by page."),
  NO_PARTITION_KEY_CONDITION(
      "The key condition of %s does not test the partition key %s with =: a Query reads one partition, so it needs %s = :value. Add it, or use @Scan."),
  NON_KEY_IN_KEY_CONDITION(
      "The key condition names %s, which is not a key of %s (partition key %s%s): a key condition may only use the partition key and the sort key. Move the test to filter."),
  BEGINS_WITH_TYPE(
      "begins_with on the sort key %s, stored as %s: begins_with works on strings and binaries only. Use a range (BETWEEN) instead."),
  KEY_IN_FILTER(
      "The filter of %s names the key attribute %s of %s: a Query's filter may only use non-key attributes. Put the test in the key condition."),
  CONSISTENT_READ_ON_GLOBAL_INDEX(
      "%s reads the global index %s with consistentRead: global secondary indexes are eventually consistent only. Remove consistentRead, or read the table."),
  NOT_PROJECTED(
      "%s uses the attribute %s, which the index %s does not project (%s): items of the index do not have it. Project it into the index (INCLUDE or ALL), or read the table."),
  READ_RETURN_TYPE(
      "%s returns %s, which %s cannot return. Return List<%s>, Stream<%s>, Page<%s>, Optional<%s>, %s, a projection record in their place, long (count) or boolean (exists)."),
  UPDATE_RETURN_TYPE(
      "%s returns %s, which an UpdateItem method cannot return. Return void, boolean (whether the condition held), %s or Optional<%s>."),
  WRITE_RETURN_TYPE(
      "%s returns %s, which %s cannot return. Return void, boolean (whether the condition held) or Optional<%s>."),
  NOT_UNIQUE(
      "%s returns %s, but its %s may match several items (it does not fix %s with =): return List<%s>, or set limit = 1 to take the first."),
  ORDER_BY_NOT_SORT_KEY(
      "%s orders by %s, but %s returns items only in the order of its sort key%s: order by the sort key, or sort the results in Java."),
  OR_IN_NAME(
      "%s combines criteria with Or: a Query reads one key range, and Keyspan derives only And. Write two methods, or a @Scan with an OR filter."),
  NO_CRITERIA("%s has no criteria after By: name the properties to match, like %sByUserId."),
  CRITERION_PARAMETERS(
      "%s has %d parameter(s) for its criteria, which need %d (%s): Between takes two values, every other criterion one."),
  NEEDS_SCAN(
      "%s cannot run as a Query: no table or index key is tested with = among %s (keys: %s). A Scan reads the whole table, at a cost that grows with its size; annotate the method @AllowScan to accept that, or test a key."),
  DELETE_BY_KEY(
      "%s deletes by %s, but DynamoDB deletes one item by its whole primary key (%s) with =: name exactly the key properties, like deleteBy%s."),
  COUNT_RESULT("%s counts the matching items, so it returns long, not %s."),
  EXISTS_RESULT("%s tells whether a matching item exists, so it returns boolean, not %s."),
  KEY_ATTRIBUTE_UPDATED(
      "The update of %s changes the key attribute %s: DynamoDB never changes a key. Delete the item and put a new one instead."),
  ADD_TYPE(
      "ADD %s: ADD works on numbers and sets only, and %s is stored as %s. Use SET %s = :value."),
  DELETE_TYPE(
      "DELETE %s: DELETE removes members from sets only, and %s is stored as %s. Use REMOVE to drop the attribute."),
  LIST_APPEND_TYPE("list_append on %s: list_append joins lists only, and %s is stored as %s."),
  WRITE_KEY_PARAMETER(
      "%s identifies its item by parameters named after the key properties, but has no parameter %s (%s): add it."),
  MAINTAINED_ATTRIBUTE(
      "%s writes to %s, whose attribute %s is maintained by Keyspan (%s): a declared write sends its expression as written and would skip that. Use the generated %s for writes to this table."),
  PUT_ENTITY_PARAMETER("%s puts an item, so it needs exactly one parameter of type %s; it has %d."),
  PROJECTION_COMPONENT(
      "The record %s is used as a projection of %s: a projection's components are a subset of the entity's properties, with the same types. Its component %s is not a property of %s%s"),
  PROJECTION_COMPONENT_TYPE(
      "The record %s is used as a projection of %s: a projection's components are a subset of the entity's properties, with the same types. Its component %s is not a property of %s with the type %s (the property is %s)."),
  RESOURCE_NOT_WRITTEN(
      "Keyspan could not write the resource %s to the class output: %s. Check that the output directory is writable."),

  // Single-table design (@Table on a sealed interface, @KeyTemplate on its members)
  SINGLE_TABLE_NOT_SEALED(
      "%s is a @Table interface but not sealed: the item types of a single table are the members a sealed interface permits. Declare it `sealed interface %s permits ...`."),
  SINGLE_TABLE_NO_KEY_ATTRIBUTES(
      "%s is a @Table interface without @KeyAttributes: a single table names its string key attributes. Add @KeyAttributes(partitionKey = \"PK\", sortKey = \"SK\")."),
  EMPTY_KEY_ATTRIBUTE(
      "%s has an empty attribute name for %s: DynamoDB attribute names are 1 byte to 64 KB. Name it."),
  MEMBER_NOT_A_CLASS(
      "%s is a member of the single table %s but not a record or concrete class: each member is an item type, which Keyspan instantiates. Make it a record or a final class."),
  MEMBER_IS_TABLE(
      "%s is a member of the single table %s and also a @Table: a member's items live in the single table. Remove @Table from %s."),
  MEMBER_PROPERTY_ROLE(
      "The property %s of %s is annotated @%s, which members of a single table do not take: their keys come from @KeyTemplate, and versions, counters, timestamps and time to live are not maintained on single tables. Remove it."),
  INDEX_ATTRIBUTES_TWICE(
      "The index %s is declared by two @IndexAttributes: declare each index once."),
  KEY_ATTRIBUTE_TWICE(
      "The attribute \"%s\" is the key of both %s and %s: each key of a single table has attributes of its own, rendered from its own templates, except an index keyed by the table key's attributes alone (an inverted index: partitionKey = the table's sort key, sortKey = its partition key). Name another attribute."),
  EMPTY_ITEM_TYPE(
      "The @ItemType of %s is empty: an item type names the member in every item. Name it, or remove @ItemType to use %s."),
  DUPLICATE_ITEM_TYPE(
      "The item type \"%s\" of %s is also the item type of %s: items of one table must tell their type apart. Name one with @ItemType(\"...\")."),
  TEMPLATE_SYNTAX(
      "The key template \"%s\" of %s is invalid: %s. Write literal text with {component}s that name properties, such as \"ORDER#{orderId}\"."),
  NO_TABLE_KEY_TEMPLATE(
      "%s has no @KeyTemplate for the table key (%s): every member of a single table renders its key. Add @KeyTemplate(%s)."),
  TEMPLATE_TWICE("%s has two @KeyTemplate for %s: a member renders each key once. Keep one."),
  UNKNOWN_TEMPLATE_INDEX(
      "The @KeyTemplate of %s names the index \"%s\", which %s does not declare%s Declare it with @IndexAttributes on %s. Indexes: %s."),
  MISSING_SORT_TEMPLATE(
      "The @KeyTemplate of %s for %s has no sort template, but that key has the sort key %s: add sort = \"...\"."),
  SORT_TEMPLATE_WITHOUT_SORT_KEY(
      "The @KeyTemplate of %s for %s has the sort template \"%s\", but that key has no sort key: remove it, or declare a sort key attribute."),
  UNKNOWN_COMPONENT(
      "The key template \"%s\" of %s names {%s}, which is not a property of %s%s Properties: %s."),
  COMPONENT_TYPE(
      "The key template \"%s\" of %s uses {%s} of the type %s, which has no stable text form whose string order is its value's order. Components are String, enums, byte, short, int, long (or their boxes), Instant, LocalDate or UUID, not Optional (a null component leaves the item out of a sparse index). Floating-point numbers and BigDecimal have no fixed-width text in numeric order, BigInteger no fixed width, booleans and collections no single key text: keep such a value in an ordinary property."),
  AMBIGUOUS_TEMPLATES(
      "The table-key templates of %s (%s) and %s (%s) have the same shape: items of the two types could get the same key and overwrite each other. Give one of them another literal, such as its type's name."),
  OVERLAPPING_TEMPLATE_PREFIX(
      "The sort template of %s (%s) begins with \"%s\" and the one of %s (%s) with \"%s\", under the same partition template: a query for items of one with begins_with reads items of the other too. End the literal prefixes with a separator such as '#'."),
  OVERLAPPING_INDEX_TEMPLATES(
      "In the index %s, the template of %s (%s) and the one of %s (%s) share a partition shape and a sort prefix: a query of one member's items on this index reads the other's too and filters them out, paying for both. Give one of them another literal, ended by a separator such as '#'."),
  ATTRIBUTE_TYPE_CONFLICT(
      "The attribute \"%s\" is stored as %s by %s.%s and as %s by %s.%s: an attribute of one table has one DynamoDB type across its item types, or filters and conditions over several types break. Give both one type, or rename one with @Attribute(\"...\")."),
  KEY_ATTRIBUTE_IS_PROPERTY(
      "The property %s of %s is stored in the attribute \"%s\", which is a key attribute of %s: key attributes hold strings rendered from @KeyTemplate. Store the property elsewhere with @Attribute(\"...\")."),
  TYPE_ATTRIBUTE_COLLISION(
      "The item-type attribute \"%s\" of %s is also %s: each item's type needs an attribute of its own. Name another with @KeyAttributes(itemTypeAttribute = \"...\")."),
  INVALID_COLLECTION_NAME(
      "The @Collection name \"%s\" is not a Java identifier: it names the generated method of %s. Use a name such as \"customer\"."),
  COLLECTION_NAME_TAKEN(
      "The @Collection name \"%s\" is a method %s already has (%s): name the collection otherwise."),
  DUPLICATE_COLLECTION(
      "The @Collection name \"%s\" is used twice: each collection is one generated method. Rename one."),
  COLLECTION_WITHOUT_MEMBERS(
      "The @Collection %s reads the partition template \"%s\" of %s, which is the partition template of no member there (%s): it would always be empty. Use one of them."),
  UNKNOWN_COLLECTION_INDEX(
      "The @Collection %s names the index \"%s\", which %s does not declare%s Indexes: %s."),
  COLLECTION_COMPONENT_TYPES(
      "The @Collection %s reads %s, whose component {%s} is %s, and %s, whose component there is %s: a collection's key takes one value per component. Give those properties one type."),

  // Multi-attribute GSI keys
  MULTI_KEY_ORDER_MISSING(
      "%s has no order in the %s key of the index %s, whose attributes are %s: in a key of several attributes each declares its position. Write @%s(value = \"%s\", order = n), n from 1 up."),
  MULTI_KEY_ORDER_OUT_OF_RANGE(
      "%s has the order %d in the %s key of the index %s, which has %d attribute(s) (%s): positions run from 1 to %d without gaps."),
  MULTI_KEY_ORDER_TWICE(
      "%s has the order %d in the %s key of the index %s, like %s: each attribute of a key has its own position."),
  MULTI_KEY_TOO_MANY(
      "The %s key of the index %s has %d attributes (%s): a global index key is made of at most %d partition and as many sort attributes."),
  MULTI_KEY_PARTITION_NOT_EQUAL(
      "The key condition of %s does not test %s with =: a Query of %s tests every attribute of its partition key (%s) with =. Add %s = :value."),
  MULTI_KEY_SORT_SKIPPED(
      "The key condition of %s tests %s but not %s before it: a Query of %s tests its sort attributes (%s) left to right without skipping one. Test it with =, or test no sort attribute after it."),
  MULTI_KEY_RANGE_NOT_LAST(
      "The key condition of %s tests %s with a range, but also %s after it: in a Query of %s only the last sort attribute tested may take a range (<, <=, >, >=, BETWEEN, begins_with); the ones before it take =."),

  // Declared repositories of single-table members: key conditions on template components
  MEMBER_COMPONENT_TWICE(
      "The key condition of %s tests {%s} twice: a key condition tests each key once. Keep one test."),
  MEMBER_PARTITION_COMPONENT(
      "The key condition of %s does not test {%s} of the partition template \"%s\" (%s) with =: a Query reads one partition, whose key is rendered from every component of its template. Test {%s} with =."),
  MEMBER_SORT_COMPONENT_SKIPPED(
      "The key condition of %s tests {%s} but not {%s} before it in the sort template \"%s\" (%s): a key condition reads the sort key from its start. Test {%s} with = too, or test {%s} in a filter."),
  MEMBER_RANGE_NOT_LAST(
      "The key condition of %s tests {%s} with %s, but text follows it in the sort template \"%s\" (%s), and the key text of %s varies in length, so the text after it would move the bounds. A range is exact on the template's last part, or on a component of one text length (integers, Instant, LocalDate, UUID). Test {%s} with =, or end the template with it."),
  MEMBER_BEGINS_WITH_COMPONENT(
      "The key condition of %s tests {%s} with begins_with, but it is not a String at the end of the sort template \"%s\" (its type is %s): only there is the value written into the key as is, with nothing after it. Compare it instead."),
  MEMBER_OPEN_RANGE_AFTER_FIXED(
      "The key condition of %s tests {%s} with %s after fixing {%s} with =: a range with one end would also read keys whose fixed components differ. Test {%s} with Between (both ends)."),
  MEMBER_KEY_READS_OTHER_TYPES(
      "The key condition of %s leaves %s unbounded (%s), so it reads the items of other types in the partition too, and %s keeps no item-type attribute to filter them out. Bound it with = or Between, or declare @KeyAttributes(itemTypeAttribute = \"...\")."),
  MEMBER_NO_TEMPLATE(
      "%s tests no key template of %s whole: a Query needs every component of one partition template with = (%s). Test those components with =."),
  MEMBER_NOT_A_COMPONENT(
      "The key condition of %s tests %s, which is no component of the templates of %s for %s (%s): a member's key condition names the components its key templates are rendered from. Test other properties in the filter."),
  MEMBER_NO_INDEX_TEMPLATE(
      "%s reads the index %s, but %s has no @KeyTemplate for it, so none of its items are there. Read one of its keys (%s), or add the template."),
  MEMBER_SCAN_WITHOUT_ITEM_TYPE(
      "%s scans the items of %s, but %s keeps no item-type attribute, so a Scan cannot filter out the items of other types. Declare @KeyAttributes(itemTypeAttribute = \"...\"), or query with a key condition on the template components."),
  MEMBER_COMPONENT_UPDATED(
      "The update of %s changes %s, a component of the table key template of %s (%s): the item's key is rendered from it, and DynamoDB never changes a key. Delete the item and put the changed one instead."),
  MEMBER_COMPONENT_COMPUTED(
      "The update of %s computes %s from its stored value, but it is a component of %s of %s, whose key is rendered from the new value: SET it to a :value instead."),
  MEMBER_INDEX_KEY_PARTIAL(
      "The update of %s sets {%s} but not {%s} of %s of %s (%s): the index key is rendered whole from its components. SET those too, or REMOVE one to take the item out of the index."),
  MEMBER_RENDERED_ATTRIBUTE_UPDATED(
      "The update of %s writes %s, which Keyspan writes for %s from its key templates and item type: SET the template components instead, and the key is rendered from them."),
  MEMBER_ORDER_BY(
      "%s orders by %s, but the items it reads from %s come in the order of %s: DynamoDB returns a query's items in sort-key order only. Order by that, or drop OrderBy."),
  MEMBER_PROJECTED_ITEM(
      "%s reads only the attributes of its projection but returns %s items: a member's item is told from other types' by its item type and keys, which the projection leaves out. Return a record of the projected attributes instead."),

  // single-table: declared repositories of the sealed interface
  SINGLE_TABLE_RETURN_TYPE(
      "%s returns %s, but a declared read of the single table %s returns %s items (every item type, each read as its member) or the items of one member (%s), alone or in a List, Stream, Page or Optional; or counts them (long), or tests whether there are any (boolean)."),
  SINGLE_TABLE_WRITE(
      "%s is %s, but a declared repository of the sealed interface %s only reads: declare the write in a repository of the item's member (@Repository(%s.class)), or write with the generated member repositories."),
  SINGLE_TABLE_PROJECTED_ITEM(
      "%s reads only the attributes of its projection but returns %s items: an item's member is told from its item type and keys, which the projection may leave out. Drop the projection, or read the projected attributes as a record in a repository of one member."),

  // single-table: index projections
  MEMBER_INDEX_NOT_PROJECTED(
      "%s fills the index %s, which projects %s without its attribute %s: the generated queryBy method returns whole members, and a global index returns only what it projects. Add \"%s\" to include, or project ALL."),

  // single-table: multi-attribute index keys
  INDEX_ATTRIBUTES_PARTITION_KEY(
      "The index %s sets %s: set exactly one of partitionKey (a key rendered from templates) and partitionKeys (attributes members store)."),
  INDEX_ATTRIBUTES_SORT_KEY(
      "The index %s sets %s: sortKeys goes with partitionKeys, and sortKey with partitionKey."),
  INDEX_ATTRIBUTES_TOO_MANY(
      "The index %s lists %d attributes in %s: a multi-attribute key has at most 4 (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html)."),
  INDEX_ATTRIBUTES_DUPLICATE(
      "The index %s lists the attribute %s twice in its key: each key attribute appears once."),
  INDEX_ATTRIBUTES_NEED_TYPE_ATTRIBUTE(
      "The index %s has a multi-attribute key, whose queries filter each member's items by item type: set itemTypeAttribute on @KeyAttributes of %s."),
  TEMPLATE_FOR_MULTI_ATTRIBUTE_INDEX(
      "%s declares a @KeyTemplate for the index %s, whose key attributes (%s) members store as properties: remove the template and give %s properties with those attribute names."),
  TEMPLATE_FOR_TABLE_KEYED_INDEX(
      "%s declares a @KeyTemplate for the index %s, which is keyed by the table key's attributes (%s): every member fills it with its table-key template, whose texts those attributes already hold. Remove the template."),
  MEMBER_PARTIAL_INDEX_KEY(
      "%s has the attribute %s of the index %s but not %s: DynamoDB indexes only items with every key attribute (partition %s; sort %s). Add the missing properties, or rename %s with @Attribute."),

  UNEXPECTED(
      "Keyspan's processor failed on %s: %s. This is a bug in Keyspan; please report it with this trace:%n%s");

  private final String template;

  Message(String template) {
    this.template = template;
  }

  public String format(Object... arguments) {
    return String.format(Locale.ROOT, template, arguments);
  }

  /** The text with its {@code %s} placeholders, for checks of the catalog's wording. */
  public String template() {
    return template;
  }

  /** The fixed part of the message before its first argument, for tests. */
  public String prefix() {
    int argument = template.indexOf('%');
    return argument < 0 ? template : template.substring(0, argument);
  }
}
