package io.keyspan.processor.it.enrollment;

import io.keyspan.annotations.Collection;
import io.keyspan.annotations.IndexAttributes;
import io.keyspan.annotations.KeyAttributes;
import io.keyspan.annotations.Table;

/**
 * A many-to-many relation in one table (an adjacency list): an enrollment is keyed under its
 * student, and the inverted index, keyed by the table's sort key and then its partition key, reads
 * it under its course.
 */
@Table(name = "School")
@KeyAttributes(partitionKey = "PK", sortKey = "SK")
@IndexAttributes(index = "Inverted", partitionKey = "SK", sortKey = "PK")
@Collection(name = "student", partition = "STUDENT#{studentId}")
@Collection(name = "roster", index = "Inverted", partition = "COURSE#{courseId}")
public sealed interface SchoolItem permits Student, Course, Enrollment {}
