package io.keyspan.processor.it.enrollment;

import io.keyspan.annotations.KeyTemplate;

/** A student in a course: under the student in the table, under the course in the index. */
@KeyTemplate(partition = "STUDENT#{studentId}", sort = "COURSE#{courseId}")
public record Enrollment(String studentId, String courseId, int grade) implements SchoolItem {}
