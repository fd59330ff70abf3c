package io.keyspan.processor.it.enrollment;

import io.keyspan.annotations.KeyTemplate;

/** A course, keyed by its id twice, so it heads its roster in the inverted index. */
@KeyTemplate(partition = "COURSE#{courseId}", sort = "COURSE#{courseId}")
public record Course(String courseId, String title) implements SchoolItem {}
