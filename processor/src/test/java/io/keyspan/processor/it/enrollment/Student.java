package io.keyspan.processor.it.enrollment;

import io.keyspan.annotations.KeyTemplate;

/** A student, keyed by its id twice: first in its own partition, and first under the index. */
@KeyTemplate(partition = "STUDENT#{studentId}", sort = "STUDENT#{studentId}")
public record Student(String studentId, String name) implements SchoolItem {}
