package io.keyspan.processor.it.enrollment;

import io.keyspan.annotations.Repository;
import java.util.List;

/** Declared reads of a member: a course's enrollments come from the inverted index. */
@Repository(Enrollment.class)
public interface EnrollmentQueries {
  List<Enrollment> findByCourseId(String courseId);

  List<Enrollment> findByCourseIdAndStudentIdStartingWith(String courseId, String prefix);
}
