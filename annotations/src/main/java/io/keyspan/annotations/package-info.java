/**
 * The annotations that describe DynamoDB tables and the repositories that use them.
 *
 * <p>Keyspan's annotation processor reads these at compile time and generates the mapping code
 * ({@code TSchema}) and typed repositories ({@code TRepository}) for every {@link Table} type, and
 * an implementation for every {@link Repository} interface. Nothing reads them at run time: every
 * annotation has {@link java.lang.annotation.RetentionPolicy#CLASS CLASS} retention, so it is
 * visible to other compilation units (a repository compiled separately from its entity) and costs
 * nothing when the application runs.
 *
 * <h2>The DynamoDB model in a few lines</h2>
 *
 * <ul>
 *   <li>A <b>table</b> holds <b>items</b>; an item is a set of named <b>attributes</b>. Apart from
 *       the key, items of one table need not have the same attributes.
 *   <li>The <b>primary key</b> is either a {@link PartitionKey partition key} alone, or a partition
 *       key plus a {@link SortKey sort key}. It identifies exactly one item, and its attributes
 *       must be strings, numbers or binaries.
 *   <li>A <b>secondary index</b> is a copy of some attributes under another key: a <b>global</b>
 *       one ({@link IndexPartitionKey}, {@link IndexSortKey}) may have any key; a <b>local</b> one
 *       ({@link LocalIndexSortKey}) keeps the table's partition key and orders by another sort key.
 *       {@link Index} sets what an index copies and its capacity.
 *   <li>A <b>Query</b> reads the items of one partition key value, in sort-key order; a <b>Scan</b>
 *       reads the whole table or index. Declared repositories say which one each method is ({@link
 *       Query}, {@link Scan}, {@link AllowScan}).
 * </ul>
 *
 * <p>Attribute annotations may be placed on a record component, a field, or a getter. On a record
 * component they propagate to the component's field and accessor as well; the processor reads them
 * from the component.
 */
package io.keyspan.annotations;
